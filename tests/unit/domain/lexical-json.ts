// Serialized Lexical nodes as the editor saves them, for building bodies in tests.

export const text = (t: string) => ({
  type: 'text',
  text: t,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1
})
