import type { Profile } from '../../../../electron/contract'
import { navigate } from '../../app/route'
import { request } from '../../lib/api'
import { useLoad } from '../../lib/query'
import { FirstRunWizard } from './FirstRunWizard'
import './settings.css'

// Shown on the home page until the bureau's profile is saved. Never in the way: 稍后设置 folds it
// into one line, remembered on this PC, and 新建答复 works either way.

const LATER_KEY = 'replydesk-setup-later'

type State =
  | { step: 'hidden' }
  | { step: 'wizard'; blank: Profile }
  | { step: 'later'; blank: Profile }
  | { step: 'saved' }

/** Nothing to show once the profile is saved; otherwise the wizard, or one line if put off. */
async function firstState(): Promise<State> {
  const [{ configured }, blank] = await Promise.all([
    request('profile:status', {}),
    request('profile:get', {})
  ])
  if (configured) return { step: 'hidden' }
  return { step: localStorage.getItem(LATER_KEY) ? 'later' : 'wizard', blank }
}

export function FirstRun() {
  // Asked once per visit: the wizard's own save must not reload it under the clerk's answers.
  const fetched = useLoad([], 'first-run', firstState, '')
  const state = fetched.value ?? { step: 'hidden' }
  const setState = fetched.set

  switch (state.step) {
    case 'hidden':
      return null
    case 'saved':
      return (
        <p className="notice first-run-line" role="status">
          单位设置已保存。抄送、办理结果类别和版式等可在“设置”中修改。
          <button type="button" onClick={() => navigate({ name: 'settings' })}>
            打开设置
          </button>
        </p>
      )
    case 'later':
      return (
        <p className="notice first-run-line">
          尚未填写单位设置，新建答复时需逐项填写发文机关、文号和联系人。
          <button
            type="button"
            onClick={() => {
              localStorage.removeItem(LATER_KEY)
              setState({ step: 'wizard', blank: state.blank })
            }}
          >
            填写单位设置
          </button>
        </p>
      )
    case 'wizard':
      return (
        <FirstRunWizard
          blank={state.blank}
          onSaved={() => setState({ step: 'saved' })}
          onLater={() => {
            localStorage.setItem(LATER_KEY, '1')
            setState({ step: 'later', blank: state.blank })
          }}
        />
      )
  }
}
