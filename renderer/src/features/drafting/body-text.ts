import type { EditorState } from '../../../../electron/contract'

type Node = { type?: string; text?: string; children?: unknown[] }

const BLOCKS = new Set(['paragraph', 'heading', 'listitem', 'quote', 'tablerow'])

/** The words of a serialized body, one line per block, for showing two texts side by side. */
export function bodyText(state: EditorState): string {
  const lines: string[] = []
  let line = ''
  const walk = (node: Node) => {
    if (typeof node.text === 'string') line += node.text
    if (node.type === 'linebreak') line += '\n'
    for (const child of node.children ?? []) walk(child as Node)
    if (node.type && BLOCKS.has(node.type)) {
      lines.push(line)
      line = ''
    }
  }
  walk(state.root as Node)
  if (line) lines.push(line)
  return lines.join('\n')
}
