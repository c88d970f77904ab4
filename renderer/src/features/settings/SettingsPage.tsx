import { useCallback, useEffect, useState, type MouseEvent } from 'react'
import type { Profile, ProfileExamples, TemplateList } from '../../../../electron/contract'
import { holdNavigation } from '../../app/route'
import { request } from '../../lib/api'
import { useLoad } from '../../lib/query'
import { useShortcut } from '../../lib/useShortcut'
import { BackupSection } from './BackupSection'
import { CcSection } from './CcSection'
import { CodesSection } from './CodesSection'
import { DeadlinesSection } from './DeadlinesSection'
import { DocNumberSection } from './DocNumberSection'
import { FileSection } from './FileSection'
import { FontTable } from '../export/fonts'
import { OrganSection } from './OrganSection'
import { Section } from './Section'
import { PeopleSection } from './PeopleSection'
import { PublicCopySection } from './PublicCopySection'
import { SECTIONS } from './problems'
import { TemplatesSection } from './TemplatesSection'
import { useProfileEditor } from './useProfileEditor'
import './settings.css'

type Loaded = { profile: Profile; templates: TemplateList; examples: ProfileExamples }

async function loadSettings(): Promise<Loaded> {
  const [profile, templates, examples] = await Promise.all([
    request('profile:get', {}),
    request('templates:list', {}),
    request('profile:examples', {})
  ])
  return { profile, templates, examples }
}

export function SettingsPage() {
  // Loaded once per visit, whatever is invalidated later: the form must not reload under the
  // clerk's edits (the form itself holds what was saved).
  const { value: loaded, error } = useLoad([], 'settings', loadSettings, '读取单位设置失败。')

  if (error) return <p className="error-line">{error}</p>
  if (!loaded) return <p className="muted">正在读取单位设置…</p>
  return <SettingsForm {...loaded} />
}

function SettingsForm({ profile, templates, examples }: Loaded) {
  const editor = useProfileEditor(profile)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  // Inputs that keep their own text (lists, numbers) start over when a whole profile comes in.
  const [generation, setGeneration] = useState(0)
  const { save } = editor

  const submit = useCallback(async () => {
    const outcome = await save()
    setMessage(
      outcome.ok
        ? { text: '单位设置已保存，新建的答复将按此填写。', error: false }
        : {
            text: '单位设置有误，未保存。请按各部分标出的问题修改，已填写的内容均保留。',
            error: true
          }
    )
  }, [save])

  useShortcut('Mod+S', () => void submit())

  // Leaving with unsaved changes asks first: save and leave, leave without saving, or stay.
  const [leaving, setLeaving] = useState<(() => void) | null>(null)
  useEffect(() => {
    if (!editor.dirty) return
    return holdNavigation((leave) => setLeaving(() => leave))
  }, [editor.dirty])

  const saveAndLeave = async (leave: () => void) => {
    setLeaving(null)
    const outcome = await save()
    if (outcome.ok) leave()
    else
      setMessage({
        text: '单位设置有误，未保存，所以没有离开。请按各部分标出的问题修改后再保存。',
        error: true
      })
  }

  const replaced = (next: Profile, saved: boolean, text: string) => {
    editor.replace(next, saved)
    setGeneration((g) => g + 1)
    setMessage({ text, error: false })
  }

  return (
    <div className="settings">
      <div className="settings-bar">
        <h1>单位设置</h1>
        <nav aria-label="设置各部分">
          {Object.entries(SECTIONS).map(([id, title]) => (
            <a key={id} href={`#/settings`} onClick={(e) => jump(e, id)}>
              {title}
            </a>
          ))}
        </nav>
        <span className="save-status">{editor.dirty ? '有未保存的修改' : '已保存'}</span>
        <button
          type="button"
          className="primary"
          disabled={editor.saving}
          onClick={() => void submit()}
        >
          保存设置
        </button>
      </div>
      {leaving && (
        <div className="notice confirm" role="alertdialog" aria-label="离开单位设置">
          单位设置有未保存的修改。离开前要保存吗？
          <button type="button" className="primary" onClick={() => void saveAndLeave(leaving)}>
            保存并离开
          </button>
          <button
            type="button"
            onClick={() => {
              setLeaving(null)
              leaving()
            }}
          >
            不保存，离开
          </button>
          <button type="button" onClick={() => setLeaving(null)}>
            留在此页
          </button>
        </div>
      )}
      {message && (
        <p className={message.error ? 'error-line' : 'notice'} role="status">
          {message.text}
        </p>
      )}
      <div className="settings-sections" key={generation}>
        <OrganSection editor={editor} />
        <DocNumberSection editor={editor} />
        <PeopleSection editor={editor} />
        <CcSection editor={editor} />
        <CodesSection editor={editor} codeLists={examples.code_lists} />
        <DeadlinesSection editor={editor} />
        <PublicCopySection editor={editor} />
        <TemplatesSection editor={editor} templates={templates} />
        <Section
          id="fonts"
          problems={[]}
          intro="导出的 DOCX 按 GB/T 9704-2012 指定公文字体。本机缺少的字体，WPS/Word 会用右栏的字体代替显示和打印；安装后重新打开即可。"
        >
          <FontTable />
        </Section>
        <FileSection editor={editor} examples={examples.examples} onReplaced={replaced} />
        <BackupSection />
      </div>
    </div>
  )
}

function jump(event: MouseEvent, id: string) {
  event.preventDefault()
  document.getElementById(`settings-${id}`)?.scrollIntoView({ block: 'start' })
}
