// CSV that WPS and Excel open correctly on a Chinese Windows: UTF-8 with a byte-order mark (without
// it both read the file as GBK), CRLF line ends, and every cell quoted when it needs to be.

const BOM = '\uFEFF'

function cell(value: string): string {
  // A leading = + - @ would run as a formula when the file is opened.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
