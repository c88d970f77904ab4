import { useEffect, useState } from 'react'
import type { FontStatus } from '../../../../electron/contract'
import { request } from '../../lib/api'

// The DOCX always names the official fonts; what changes with the machine is what a clerk sees on
// screen and on paper here. Both views say it in those terms.

let fontsOnce: Promise<FontStatus[]> | null = null

function useFonts(): FontStatus[] | null {
  const [fonts, setFonts] = useState<FontStatus[] | null>(null)
  useEffect(() => {
    let live = true
    fontsOnce ??= request('app:fonts', {})
    fontsOnce
      .then((f) => live && setFonts(f))
      .catch(() => {
        fontsOnce = null
      })
    return () => {
      live = false
    }
  }, [])
  return fonts
}

/** A short note beside the preview, only when an official font is missing. */
export function MissingFontsNote() {
  const missing = useFonts()?.filter((f) => !f.installed) ?? []
  if (missing.length === 0) return null
  return (
    <p className="missing" role="note" aria-label="字体">
      本机未安装{missing.map((f) => `“${f.name}”（WPS/Word 将显示为${f.fallback}）`).join('、')}
      。导出的 DOCX 仍指定公文字体，在装有这些字体的电脑上按规范显示和打印。
    </p>
  )
}

/** Every official font and its state on this machine, for the settings page. */
export function FontTable() {
  const fonts = useFonts()
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
