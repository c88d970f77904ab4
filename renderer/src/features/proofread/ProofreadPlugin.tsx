import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { mergeRegister } from '@lexical/utils'
import { $getNearestNodeFromDOMNode, $isTextNode, COMMAND_PRIORITY_EDITOR } from 'lexical'
import { useEffect, useRef } from 'react'
import type { Finding, ReplyFields } from '../../../../electron/contract'
import { call } from '../../lib/api'
import { FIX_FINDINGS_COMMAND, JUMP_TO_FINDING_COMMAND, PROOFREAD_NOW_COMMAND } from './commands'
import { editorText, rangeFor } from './dom-text'
import type { ProofreadStore } from './store'

const DELAY_MS = 600
const HIGHLIGHTS = {
  error: 'proofread-error',
  warning: 'proofread-warning',
  info: 'proofread-info'
}

type Props = { store: ProofreadStore; fields: ReplyFields; draftId: string }

function paint(root: HTMLElement, findings: Finding[]) {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  for (const [severity, name] of Object.entries(HIGHLIGHTS)) {
    const ranges = findings
      .filter((f) => f.severity === severity && f.field === undefined)
      .map((f) => rangeFor(root, f.start, f.end))
      .filter((r): r is Range => r !== null)
    CSS.highlights.set(name, new Highlight(...ranges))
  }
}

/**
 * Proofreads the body while the clerk types (debounced, off the input path) and underlines what it
 * finds with CSS highlights, which never touch the document or the undo history.
 */
export function ProofreadPlugin({ store, fields, draftId }: Props) {
  const [editor] = useLexicalComposerContext()
  const fieldsRef = useRef(fields)
  const timer = useRef<number | undefined>(undefined)
  const run = useRef<() => Promise<Finding[]>>(async () => [])

  useEffect(() => {
    run.current = async () => {
      const root = editor.getRootElement()
      if (!root) return []
      const text = editorText(root)
      store.set({ running: true })
      const result = await call('proofread:run', { text, fields: fieldsRef.current, draftId })
      // A newer edit may have landed meanwhile: only paint results for the text now shown.
      if (!result.ok || editorText(root) !== text) {
        store.set({ running: false })
        return store.get().findings
      }
      store.set({
        findings: result.value.findings,
        rules: result.value.rules,
        running: false,
        text
      })
      paint(root, result.value.findings)
      return result.value.findings
    }
  }, [editor, store, draftId])

  useEffect(() => {
    fieldsRef.current = fields
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void run.current(), DELAY_MS)
  }, [fields])

  useEffect(() => {
    const schedule = () => {
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => void run.current(), DELAY_MS)
    }
    schedule()
    const off = editor.registerTextContentListener(schedule)
    return () => {
      off()
      window.clearTimeout(timer.current)
      Object.values(HIGHLIGHTS).forEach((name) => CSS.highlights?.delete(name))
    }
  }, [editor])

  useEffect(() => {
    const jumpTo = (finding: Finding) => {
      const root = editor.getRootElement()
      const range = root && rangeFor(root, finding.start, finding.end)
      if (!range) return
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' })
    }
    const fix = (findings: Finding[]) => {
      const root = editor.getRootElement()
      // Offsets are only valid for the text they were found in; after any edit, check again.
      if (!root || editorText(root) !== store.get().text) return void run.current()
      const edits = findings
        .flatMap((f) => (f.field === undefined ? (f.fix ?? []) : []))
        .sort((a, b) => b.start - a.start)
      // Ranges are computed before the update: the DOM still matches the offsets.
      const targets = edits.map((edit) => ({ edit, range: rangeFor(root, edit.start, edit.end) }))
      store.set({ findings: [] })
      paint(root, [])
      editor.update(() => {
        for (const { edit, range } of targets) {
          if (!range || range.startContainer !== range.endContainer) continue
          const node = $getNearestNodeFromDOMNode(range.startContainer)
          if (!$isTextNode(node)) continue
          node.spliceText(range.startOffset, range.endOffset - range.startOffset, edit.replacement)
        }
      })
    }
    // Each runs after the command's own update, as the panel's clicks did before: jumping moves
    // the DOM selection and fixing starts an update of its own.
    const later = (work: () => void) => {
      queueMicrotask(work)
      return true
    }
    return mergeRegister(
      editor.registerCommand(
        JUMP_TO_FINDING_COMMAND,
        (finding) => later(() => jumpTo(finding)),
        COMMAND_PRIORITY_EDITOR
      ),
      editor.registerCommand(
        FIX_FINDINGS_COMMAND,
        (findings) => later(() => fix(findings)),
        COMMAND_PRIORITY_EDITOR
      ),
      editor.registerCommand(
        PROOFREAD_NOW_COMMAND,
        (resolve) => later(() => void run.current().then(resolve)),
        COMMAND_PRIORITY_EDITOR
      )
    )
  }, [editor, store])

  return null
}
