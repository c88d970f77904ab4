/** What a reply without a title is called, on the drafting screen and in every list. */
export const UNTITLED = '新答复'
