// Start-up failures in words a clerk can act on; SQLite's and Node's own ("unable to open
// database file", "attempt to write a readonly database", "database is locked") mean nothing to them.

export class StartupError extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message)
    this.name = 'StartupError'
  }
}

export function startupError(e: unknown, dataDir: string): Error {
  if (e instanceof StartupError) return e
  const code = (e as { code?: unknown } | null)?.code
  const text = typeof code === 'string' ? code : ''
  if (text === 'SQLITE_BUSY' || text === 'SQLITE_LOCKED') {
    return new StartupError(
      '档案正被另一个程序使用（可能是另一个已打开的窗口或正在运行的命令行），请关闭它后重新启动。',
      text
    )
  }
  if (text === 'SQLITE_READONLY' || text === 'EROFS') {
    return new StartupError(
      `数据文件夹“${dataDir}”是只读的，无法保存档案。请检查该文件夹的权限，或用 REPLYDESK_DATA_DIR 指定另一个文件夹。`,
      text
    )
  }
  if (
    [
      'SQLITE_CANTOPEN',
      'SQLITE_PERM',
      'SQLITE_IOERR',
      'EACCES',
      'EPERM',
      'ENOTDIR',
      'EEXIST',
      'ENOENT'
    ].some((c) => text.startsWith(c))
  ) {
    return new StartupError(
      `无法打开数据文件夹“${dataDir}”中的档案：文件夹不存在、不是文件夹或没有读写权限。请检查该文件夹，或用 REPLYDESK_DATA_DIR（命令行用 --data-dir）指定另一个文件夹。`,
      text
    )
  }
  if (text === 'SQLITE_FULL' || text === 'ENOSPC') {
    return new StartupError('磁盘空间已满，无法打开档案。请清理磁盘后重新启动。', text)
  }
  return e instanceof Error ? e : new Error(String(e))
}
