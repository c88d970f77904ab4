/** What the last action in a settings section did, or why it failed. */
export type Note = { text: string; error: boolean }

export function SectionNote({ note }: { note: Note | null }) {
  if (!note) return null
  return (
    <p className={note.error ? 'error-line settings-note' : 'notice settings-note'} role="status">
      {note.text}
    </p>
  )
}
