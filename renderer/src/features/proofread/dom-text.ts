// The proofreader works on plain text; here that text is read from the editor's DOM (one line per
// top-level block) so that its offsets map straight back onto DOM ranges for underlines and fixes.

export function blocksOf(root: HTMLElement): HTMLElement[] {
  return [...root.children].filter((el): el is HTMLElement => el instanceof HTMLElement)
}

export function editorText(root: HTMLElement): string {
  return blocksOf(root)
    .map((b) => b.textContent ?? '')
    .join('\n')
}

type Point = { node: Text; offset: number }

function pointAt(root: HTMLElement, offset: number, preferEnd: boolean): Point | null {
  let base = 0
  for (const block of blocksOf(root)) {
    const length = block.textContent?.length ?? 0
    if (offset <= base + length) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      let local = offset - base
      for (
        let node = walker.nextNode() as Text | null;
        node;
        node = walker.nextNode() as Text | null
      ) {
        const size = node.data.length
        if (local < size || (local === size && (preferEnd || !walker.nextSibling()))) {
          return { node, offset: local }
        }
        local -= size
      }
      return null
    }
    base += length + 1
  }
  return null
}

export function rangeFor(root: HTMLElement, start: number, end: number): Range | null {
  const from = pointAt(root, start, false)
  const to = pointAt(root, end, true)
  if (!from || !to) return null
  const range = document.createRange()
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  return range
}
