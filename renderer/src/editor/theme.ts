import type { EditorThemeClasses } from 'lexical'

export const replyTheme: EditorThemeClasses = {
  paragraph: 'rd-p',
  heading: { h1: 'rd-h1', h2: 'rd-h2', h3: 'rd-h3', h4: 'rd-h4' },
  list: { ul: 'rd-ul', ol: 'rd-ol', listitem: 'rd-li' },
  table: 'rd-table',
  tableCell: 'rd-td',
  tableCellHeader: 'rd-th',
  mark: 'rd-mark',
  text: { bold: 'rd-bold', italic: 'rd-italic', underline: 'rd-underline' }
}
