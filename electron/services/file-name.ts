/** Windows refuses these characters in file names; titles often contain ： and “”. */
export function safeFileName(title: string): string {
  const cleaned = title
    .replace(/[\\/:*?"<>|\r\n\t]/g, '')
    .trim()
    .slice(0, 80)
  return cleaned || '答复'
}
