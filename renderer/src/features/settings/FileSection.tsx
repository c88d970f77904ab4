import { useState } from 'react'
import type { Profile, ProfileExample } from '../../../../electron/contract'
import { request, saveBase64, errorText } from '../../lib/api'
import { mutate } from '../../lib/query'
import { Section } from './Section'
import { SectionNote, type Note } from './SectionNote'
import { SAVED_PROFILE, type ProfileEditor } from './useProfileEditor'

type Props = {
  editor: ProfileEditor
  examples: ProfileExample[]
  /** Shows a profile that replaced the form's (imported, or an example to edit). */
  onReplaced: (profile: Profile, saved: boolean, message: string) => void
}

export function FileSection({ editor, examples, onReplaced }: Props) {
  const [note, setNote] = useState<Note | null>(null)
  const [example, setExample] = useState(examples[0]?.file ?? '')

  const exportFile = async () => {
    if (editor.dirty) {
      setNote({ text: '有尚未保存的修改，请先保存，再导出设置文件。', error: true })
      return
    }
    try {
      const file = await request('profile:export', {})
      setNote({ text: await saveBase64(file.fileName, file.base64, file.mimeType), error: false })
    } catch (e) {
      setNote({ text: errorText(e, '导出设置文件失败。'), error: true })
    }
  }

  const importFile = async (file: File | undefined) => {
    if (!file) return
    try {
      const text = await file.text()
      const profile = await mutate('profile:import', { text, fileName: file.name }, SAVED_PROFILE)
      setNote(null)
      onReplaced(profile, true, `已导入设置文件“${file.name}”并保存。`)
    } catch (e) {
      const reason = errorText(e, '无法读取这个文件。')
      setNote({ text: `设置文件未导入，现有设置未改动。${reason}`, error: true })
    }
  }

  const loadExample = () => {
    const chosen = examples.find((e) => e.file === example)
    if (chosen) {
      onReplaced(chosen.profile, false, `已载入示例“${chosen.profile.name}”，修改后请保存。`)
    }
  }

  return (
    <Section
      id="file"
      problems={editor.problems}
      intro="一个单位设置一次：导出设置文件，在本单位其他电脑上导入即可。"
    >
      <div className="settings-inline">
        <button type="button" onClick={() => void exportFile()}>
          导出设置文件
        </button>
        <label className="file-button">
          导入设置文件
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              void importFile(e.target.files?.[0])
              e.target.value = ''
            }}
          />
        </label>
      </div>
      <SectionNote note={note} />
      {examples.length > 0 && (
        <div className="settings-inline">
          <label>
            从示例开始
            <select value={example} onChange={(e) => setExample(e.target.value)}>
              {examples.map((e) => (
                <option key={e.file} value={e.file}>
                  {e.profile.name || e.file}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={loadExample}>
            载入示例
          </button>
        </div>
      )}
    </Section>
  )
}
