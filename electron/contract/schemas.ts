import { z } from 'zod'

// Lexical nests lists in lists and text in paragraphs: a few levels. The bounds keep a hand-made
// state (a null child, nesting 100,000 deep) from reaching code that recurses over it.
const MAX_BODY_DEPTH = 32
const MAX_BODY_NODES = 200_000

/** Every node an object with a string type, children (when present) an array, depth bounded. */
function bodyShapeProblem(root: unknown): string | null {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }]
  let count = 0
  while (stack.length) {
    const { node, depth } = stack.pop()!
    if (++count > MAX_BODY_NODES) return '正文过长，请分成几份答复'
    if (depth > MAX_BODY_DEPTH) return '正文的层级过深（如列表套列表过多），请减少嵌套后再保存'
    if (typeof node !== 'object' || node === null || Array.isArray(node))
      return '正文格式无效，请刷新后重试'
    const { type, children } = node as { type?: unknown; children?: unknown }
    if (typeof type !== 'string') return '正文格式无效，请刷新后重试'
    if (children === undefined) continue
    if (!Array.isArray(children)) return '正文格式无效，请刷新后重试'
    for (const child of children) stack.push({ node: child, depth: depth + 1 })
  }
  return null
}

/** Lexical's serialized editor state: its shape checked here, its meaning by the body converter. */
export const editorStateSchema = z
  .object({ root: z.object({ type: z.literal('root'), children: z.array(z.unknown()) }).loose() })
  .loose()
  .superRefine((state, ctx) => {
    const problem = bodyShapeProblem(state.root)
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['root'] })
  })

export const idSchema = z.string().min(1).max(64)
