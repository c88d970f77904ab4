import { createCommand, type LexicalCommand, type LexicalEditor } from 'lexical'
import type { Finding } from '../../../../electron/contract'

// What the 校对 panel and the export step ask of the editor; ProofreadPlugin handles them.

/** Selects a finding's words in the editor and scrolls them into view. */
export const JUMP_TO_FINDING_COMMAND: LexicalCommand<Finding> = createCommand('JUMP_TO_FINDING')

/** Applies the fixes of these findings, if the text is still the one they were found in. */
export const FIX_FINDINGS_COMMAND: LexicalCommand<Finding[]> = createCommand('FIX_FINDINGS')

/** Proofreads the text now and hands the findings to the callback. */
export const PROOFREAD_NOW_COMMAND: LexicalCommand<(findings: Finding[]) => void> =
  createCommand('PROOFREAD_NOW')

/** The findings for the text as it is now, for the pass before export; none without the plugin. */
export function proofreadNow(editor: LexicalEditor): Promise<Finding[]> {
  return new Promise((resolve) => {
    if (!editor.dispatchCommand(PROOFREAD_NOW_COMMAND, resolve)) resolve([])
  })
}
