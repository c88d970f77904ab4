import type { ReactNode } from 'react'
import type { SettingProblem } from '../../../../electron/contract'
import { problemsIn, SECTIONS, type SectionId } from './problems'

/** One part of the settings page, with its problems listed under the heading. */
export function Section(props: {
  id: SectionId
  problems: readonly SettingProblem[]
  intro?: ReactNode
  children: ReactNode
}) {
  const title = SECTIONS[props.id]
  const problems = problemsIn(props.problems, props.id)
  return (
    <section className="settings-section" aria-label={title} id={`settings-${props.id}`}>
      <h2>{title}</h2>
      {props.intro && <p className="hint">{props.intro}</p>}
      {problems.length > 0 && (
        <ul className="settings-problems" role="alert" aria-label={`${title}中的问题`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {props.children}
    </section>
  )
}
