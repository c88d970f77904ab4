import { useState } from 'react'
import { mutate, useQuery } from '../lib/query'
import { navigate } from './route'

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
  // Loaded again after a restore or a repair (they invalidate archive:integrity).
  const fetched = useQuery('archive:integrity', {}, '')
  const health = fetched.value ?? fetched.stale
  const [hidden, setHidden] = useState(false)

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
            void mutate('archive:dismissSetAside', {}).then(fetched.set, () => setHidden(true))
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
