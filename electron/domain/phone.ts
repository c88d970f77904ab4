// Phone numbers as bureaus print them in the contact block: a mobile (13874100819) or a landline
// with its area code (0730-8206079), sometimes with an extension.

const MOBILE = /^1[3-9]\d{9}$/
const LANDLINE = /^0\d{2,3}-\d{7,8}(?:-\d{1,6})?$/

export function isPhoneNumber(s: string): boolean {
  return MOBILE.test(s) || LANDLINE.test(s)
}

/** A Chinese message for a non-empty number that is neither form; null when it is fine or empty. */
export function phoneProblem(s: string): string | null {
  const t = s.trim()
  if (t === '' || isPhoneNumber(t)) return null
  if (/^0\d{9,11}$/.test(t)) return '固定电话的区号与号码之间请加“-”，如 0730-8206079'
  return '电话号码应为 11 位手机号码，或带区号的固定电话，如 0730-8206079'
}
