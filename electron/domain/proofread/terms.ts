// Terms that one document should not write two ways; the first form is the one to keep.
// Bureaus extend the list in their profile.
export const DEFAULT_TERM_PAIRS: [string, string][] = [
  ['医共体', '医共同体'],
  ['其他', '其它'],
  ['账户', '帐户'],
  ['账号', '帐号']
]
