import { localDateTime } from '../../../../electron/domain/local-time'
import type { SaveStatus } from './useAutosave'

export function SaveIndicator({ status }: { status: SaveStatus }) {
  const text = {
    idle: '',
    dirty: '有未保存的修改',
    saving: '正在保存…',
    saved: status.kind === 'saved' ? `已保存 ${localDateTime(status.at)}` : '',
    failed:
      status.kind === 'failed' ? `保存失败：${status.message}（内容已留在本机，将自动重试）` : '',
    stale: '另一个窗口已保存了更新的内容，本窗口的修改暂未保存'
  }[status.kind]
  return (
    <span className={`save-status save-${status.kind}`} role="status" data-testid="save-status">
      {text}
    </span>
  )
}
