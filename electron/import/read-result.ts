import type { BodyDoc } from '../domain/body'

export type ReadFailureCode =
  | 'unsupported-type'
  | 'read-failed'
  | 'not-found'
  | 'too-large'
  | 'empty'
  | 'not-text'
  | 'corrupt-docx'
  | 'not-word'
  | 'no-libreoffice'
  | 'conversion-failed'
  | 'corrupt-pdf'
  | 'encrypted-pdf'
  | 'scanned-pdf'
  | 'too-complex'

/** `text` keeps page breaks as form feeds (\f); `blocks` is there when the format has structure. */
export type ReadResult =
  | { ok: true; text: string; blocks?: BodyDoc }
  | { ok: false; code: ReadFailureCode; message: string }

const MESSAGES: Record<ReadFailureCode, string> = {
  'unsupported-type': '不支持此类文件，请选择 DOCX、DOC、WPS、PDF 或 TXT 文件。',
  'read-failed': '无法读取该文件，请确认文件未被其他程序占用且有读取权限后重试。',
  'not-found': '找不到该文件，请确认文件仍在原来的位置后重试。',
  'too-large': '文件超过 100 MB，请确认选择的是答复文件。',
  empty: '文件中没有可读取的文字，请确认选择的是答复正文文件。',
  'not-text': '文件内容不是文本，请确认文件类型，或在原软件中另存为 TXT 后再导入。',
  'corrupt-docx': '文件已损坏或不是有效的 DOCX 文件，请在 Word 或 WPS 中打开后另存为 DOCX 再导入。',
  'not-word': '文件不是有效的 DOC 或 WPS 文档，请在 WPS 或 Word 中打开后另存为 DOCX 再导入。',
  'no-libreoffice':
    '读取 DOC 和 WPS 文件需要安装 LibreOffice，请安装 LibreOffice，或在 WPS 中将文件另存为 DOCX 后再导入。',
  'conversion-failed':
    '无法转换该文件，文件可能已损坏或设有密码，请在 WPS 或 Word 中打开后另存为 DOCX 再导入。',
  'corrupt-pdf': 'PDF 文件已损坏或无法解析，请重新获取原文件后再导入。',
  'encrypted-pdf': 'PDF 文件设有打开密码，请先解除密码保护后再导入。',
  'scanned-pdf': '此 PDF 是扫描图片，没有可读取的文字，请先用 OCR 软件识别成文字后再导入。',
  'too-complex':
    '文件过大或结构异常，已跳过。答复文件通常只有几页，请确认选择的是答复文件，或在 Word 或 WPS 中另存后再导入。'
}

export type ReadFailure = Extract<ReadResult, { ok: false }>

export function failure(code: ReadFailureCode): ReadFailure {
  return { ok: false, code, message: MESSAGES[code] }
}

/** A successful read, or `empty` when there is no text to import. */
export function textResult(text: string, blocks?: BodyDoc): ReadResult {
  if (!text.trim()) return failure('empty')
  return blocks ? { ok: true, text, blocks } : { ok: true, text }
}
