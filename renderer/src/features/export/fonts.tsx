import type { FontStatus } from '../../../../electron/contract'
import { request } from '../../lib/api'
import { mutate, useLoad, useQuery } from '../../lib/query'

// The DOCX always names the official fonts; what changes with the machine is what a clerk sees on
// screen and on paper here. Both views say it in those terms.

// The installed fonts do not change while the app runs: asked once, kept for every later screen.
let fontsOnce: Promise<FontStatus[]> | null = null

function installedFonts(): Promise<FontStatus[]> {
  fontsOnce ??= request('app:fonts', {}).catch((e: unknown) => {
    fontsOnce = null
    throw e
  })
  return fontsOnce
}

/**
 * One line beside the preview, only when an official font is missing and the clerk has not
 * dismissed this same set of missing fonts on this PC; the full explanation is in its tooltip.
 */
export function MissingFontsNote() {
  const { value: note, set } = useQuery('app:fontNote', {}, '')
  if (!note || note.dismissed || note.missing.length === 0) return null
  const names = note.missing.map((f) => f.name).join('、')
  const explanation =
    note.missing.map((f) => `“${f.name}”在 WPS/Word 中将显示为${f.fallback}`).join('；') +
    '。导出的 DOCX 仍指定公文字体，在装有这些字体的电脑上按规范显示和打印。'
  const dismiss = () => {
    set({ ...note, dismissed: true })
    mutate('app:dismissFontNote', {}).then(set, () => {})
  }
  return (
    <p className="missing font-note" role="note" aria-label="字体" title={explanation}>
      <span className="font-note-text">本机未安装{names}，预览以替代字体显示。</span>
      <button type="button" onClick={dismiss} title="本机的字体有变化时会再次提示">
        不再提示
      </button>
    </p>
  )
}

/** Every official font and its state on this machine, for the settings page. */
export function FontTable() {
  const fonts = useLoad(['app:fonts'], 'fonts', installedFonts, '').value
  if (!fonts) return <p className="muted">正在检查本机字体…</p>
  return (
    <div className="settings-rows">
      <table aria-label="公文字体">
        <thead>
          <tr>
            <th>公文字体</th>
            <th>本机</th>
            <th>WPS/Word 实际显示</th>
          </tr>
        </thead>
        <tbody>
          {fonts.map((f) => (
            <tr key={f.name}>
              <td>{f.name}</td>
              <td>{f.installed ? '已安装' : '未安装'}</td>
              <td>{f.fallback}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
