import { runsText, type BodyDoc } from '../body'

// A body pasted from an earlier reply, or written in full, often brings its own opening
// (您提出的《…》收悉……现答复如下：) and closing thanks. The template's own sentences would then say it
// twice, so the body's wording wins and the template's is left out.

const OPENING = /收悉|收到.{0,6}(?:建议|提案)|(?:答复|函告|回复)如下/
const CLOSING = /感谢.{0,40}(?:关心|支持|关注|理解)|以上答复|如有意见.{0,6}反馈|此致/

export type OwnWording = { opening: boolean; closing: boolean }

/** Whether the body opens (before its first heading) or ends with the reply's set phrases. */
export function ownWording(body: BodyDoc): OwnWording {
  const { blocks } = body
  const firstHeading = blocks.findIndex((b) => b.type === 'heading')
  const lead = blocks.slice(0, Math.min(2, firstHeading === -1 ? blocks.length : firstHeading))
  const last = blocks.at(-1)
  return {
    opening: lead.some((b) => b.type === 'paragraph' && OPENING.test(runsText(b.runs))),
    closing: last?.type === 'paragraph' && CLOSING.test(runsText(last.runs))
  }
}

/** What the clerk is told, once, when the template's sentences were left out; null when none. */
export function ownWordingNotice({ opening, closing }: OwnWording): string | null {
  const which = [opening && '开头语（“……收悉”“现答复如下”）', closing && '结束语（感谢……）']
  const parts = which.filter((p): p is string => !!p)
  if (!parts.length) return null
  return `正文已有自己的${parts.join('和')}，模板的相应段落已略去，不会重复。`
}
