// Myers' O(ND) difference algorithm over integer tokens. Each round keeps only the window of the
// frontier it can reach, so memory grows with D², and a cap on D bounds both time and memory:
// past the cap the caller treats the two sides as one replacement.

export type TokenEdit = { op: 'equal' | 'insert' | 'delete'; index: number }

/** Edits turning a into b (index into a for equal/delete, into b for insert), or null past maxD. */
export function myers(
  a: readonly number[],
  b: readonly number[],
  maxD: number
): TokenEdit[] | null {
  const n = a.length
  const m = b.length
  const limit = Math.min(n + m, maxD)
  const offset = limit + 1
  const v = new Int32Array(2 * limit + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(trace, n, m)
    }
  }
  return null
}

function backtrack(trace: readonly Int32Array[], n: number, m: number): TokenEdit[] {
  const edits: TokenEdit[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!
    const at = (k: number) => v[k + d + 1]!
    const k = x - y
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const prevK = down ? k + 1 : k - 1
    const prevX = d === 0 ? 0 : at(prevK)
    const prevY = d === 0 ? 0 : prevX - prevK
    while (x > prevX && y > prevY) {
      x--
      y--
      edits.push({ op: 'equal', index: x })
    }
    if (d > 0) {
      if (x === prevX) edits.push({ op: 'insert', index: y - 1 })
      else edits.push({ op: 'delete', index: x - 1 })
    }
    x = prevX
    y = prevY
  }
  return edits.reverse()
}
