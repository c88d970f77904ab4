import { useEffect, useState } from 'react'
import type { ArchiveHealth } from '../../../electron/contract'
import { request } from '../lib/api'
import { navigate } from './route'

/** Sent after a restore or repair, when the start-up report may no longer hold. */
export const HEALTH_CHANGED = 'replydesk:archive-health'

/** Opens the settings page at its backup section, once the page has drawn it. */
function openBackups() {
  navigate({ name: 'settings' })
  const started = Date.now()
  const scroll = () => {
    const section = document.getElementById('settings-backup')
    if (section) section.scrollIntoView({ block: 'start' })
    else if (Date.now() - started < 3000) requestAnimationFrame(scroll)
  }
  requestAnimationFrame(scroll)
}

/** The start-up integrity check: silent when the archive is sound, a way out when it is not. */
export function HealthAlert() {
  const [health, setHealth] = useState<ArchiveHealth | null>(null)
  const [hidden, setHidden] = useState(false)

  useEffect(() => {
    const load = () =>
      request('archive:integrity', {})
        .then(setHealth)
        .catch(() => setHealth(null))
    void load()
    window.addEventListener(HEALTH_CHANGED, load)
    return () => window.removeEventListener(HEALTH_CHANGED, load)
  }, [])

  if (!health || health.ok || hidden) return null
  return (
    <div className="health-alert" role="alert" aria-label="档案检查">
      <strong>启动检查发现档案有问题。</strong>
      <ul>
        {health.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={openBackups}>
        前往档案备份
      </button>
      {health.setAside && (
        <button
          type="button"
          onClick={() =>
            void request('archive:dismissSetAside', {})
              .then(setHealth)
              .catch(() => setHidden(true))
          }
        >
          已知晓，不再提示
        </button>
      )}
      <button type="button" onClick={() => setHidden(true)}>
        暂不处理
      </button>
    </div>
  )
}
