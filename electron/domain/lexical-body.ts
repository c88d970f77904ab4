import type { Block, BodyDoc, HeadingLevel, Run } from './body'

// Converts between Lexical's serialized JSON and BodyDoc without loading Lexical, so the Node side
// (export, CLI, archive) reads drafts without a DOM. Unknown node types keep their text as runs.

type JsonNode = { type?: unknown; children?: unknown; [key: string]: unknown }

const FORMAT_BOLD = 1
const FORMAT_ITALIC = 2
const FORMAT_UNDERLINE = 8

const HEADING_TAGS: Record<string, HeadingLevel> = { h1: 1, h2: 2, h3: 3, h4: 4 }

export type SerializedState = { root: JsonNode & { type: 'root'; children: unknown[] } }

function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : []
}

function collectRuns(node: JsonNode, out: Run[]): Run[] {
  for (const child of childrenOf(node)) {
    if (child.type === 'text' && typeof child.text === 'string') {
      const format = typeof child.format === 'number' ? child.format : 0
      const run: Run = { text: child.text }
      if (format & FORMAT_BOLD) run.bold = true
      if (format & FORMAT_ITALIC) run.italic = true
      if (format & FORMAT_UNDERLINE) run.underline = true
      out.push(run)
    } else if (child.type === 'linebreak') {
      out.push({ text: '\n' })
    } else if (child.type === 'tab') {
      out.push({ text: '\t' })
    } else {
      collectRuns(child, out)
    }
  }
  return mergeRuns(out)
}

function sameFormat(a: Run, b: Run): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline
}

function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = []
  for (const run of runs) {
    const last = merged[merged.length - 1]
    if (last && sameFormat(last, run)) last.text += run.text
    else if (run.text !== '') merged.push({ ...run })
  }
  return merged
}

function blockFrom(node: JsonNode): Block | null {
  switch (node.type) {
    case 'heading': {
      const level = HEADING_TAGS[String(node.tag)] ?? 4
      return { type: 'heading', level, runs: collectRuns(node, []) }
    }
    case 'list':
      return {
        type: 'list',
        ordered: node.listType === 'number',
        items: childrenOf(node).map((item) => collectRuns(item, []))
      }
    case 'table': {
      const rows = childrenOf(node).map((row) =>
        childrenOf(row).map((cell) => collectRuns(cell, []))
      )
      const firstRow = childrenOf(node)[0]
      const header = firstRow
        ? childrenOf(firstRow).some((c) => typeof c.headerState === 'number' && c.headerState > 0)
        : false
      return { type: 'table', header, rows }
    }
    default:
      return { type: 'paragraph', runs: collectRuns(node, []) }
  }
}

export function bodyFromEditorState(state: unknown): BodyDoc {
  const root = (state as { root?: JsonNode } | null)?.root
  if (!root) return { blocks: [] }
  const blocks = childrenOf(root)
    .map(blockFrom)
    .filter((b): b is Block => b !== null)
  return { blocks }
}

function textNode(run: Run): JsonNode {
  const format =
    (run.bold ? FORMAT_BOLD : 0) |
    (run.italic ? FORMAT_ITALIC : 0) |
    (run.underline ? FORMAT_UNDERLINE : 0)
  return { type: 'text', text: run.text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

function inlineNodes(runs: readonly Run[]): JsonNode[] {
  const nodes: JsonNode[] = []
  for (const run of runs) {
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) nodes.push({ type: 'linebreak', version: 1 })
      if (part !== '') nodes.push(textNode({ ...run, text: part }))
    })
  }
  return nodes
}

const elementBase = { direction: null, format: '', indent: 0, version: 1 }

function paragraphNode(runs: readonly Run[]): JsonNode {
  return {
    ...elementBase,
    type: 'paragraph',
    textFormat: 0,
    textStyle: '',
    children: inlineNodes(runs)
  }
}

/** One block as Lexical's serialized node: the editor inserts it, a new draft is built of it. */
export function serializedBlock(block: Block): JsonNode {
  switch (block.type) {
    case 'paragraph':
      return paragraphNode(block.runs)
    case 'heading':
      return {
        ...elementBase,
        type: 'heading',
        tag: `h${block.level}`,
        children: inlineNodes(block.runs)
      }
    case 'list':
      return {
        ...elementBase,
        type: 'list',
        listType: block.ordered ? 'number' : 'bullet',
        start: 1,
        tag: block.ordered ? 'ol' : 'ul',
        children: block.items.map((runs, i) => ({
          ...elementBase,
          type: 'listitem',
          value: i + 1,
          children: inlineNodes(runs)
        }))
      }
    case 'table':
      return {
        ...elementBase,
        type: 'table',
        children: block.rows.map((row, r) => ({
          ...elementBase,
          type: 'tablerow',
          children: row.map((cell) => ({
            ...elementBase,
            type: 'tablecell',
            headerState: block.header && r === 0 ? 1 : 0,
            colSpan: 1,
            rowSpan: 1,
            children: [paragraphNode(cell)]
          }))
        }))
      }
  }
}

export function editorStateFromBody(doc: BodyDoc): SerializedState {
  const children = doc.blocks.map(serializedBlock)
  return {
    root: {
      ...elementBase,
      type: 'root',
      children: children.length ? children : [paragraphNode([])]
    }
  }
}
