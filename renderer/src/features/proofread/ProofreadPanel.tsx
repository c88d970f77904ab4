import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { Finding } from '../../../../electron/contract'
import { FIX_FINDINGS_COMMAND, JUMP_TO_FINDING_COMMAND } from './commands'
import { useProofread, type ProofreadStore } from './store'
import './proofread.css'

const SEVERITY_LABEL = { error: '错误', warning: '提示', info: '建议' }

const FIELD_LABEL: Record<string, string> = {
  doc_number: '文号',
  date: '成文日期',
  leader_phone: '主管领导电话',
  handler_phone: '经办人电话',
  cc: '抄送',
  proposer: '提出人',
  classification: '办理结果'
}

export function ProofreadPanel({ store }: { store: ProofreadStore }) {
  const [editor] = useLexicalComposerContext()
  const { findings, rules, running } = useProofread(store)
  const title = (rule: string) => rules.find((r) => r.id === rule)?.title ?? rule
  const fixableByRule = new Map<string, Finding[]>()
  for (const f of findings) {
    if (f.fix && f.field === undefined)
      fixableByRule.set(f.rule, [...(fixableByRule.get(f.rule) ?? []), f])
  }

  return (
    <section className="proofread-panel" aria-label="校对">
      <header>
        <strong>校对</strong>
        <span className="hint">
          {running ? '正在检查…' : findings.length ? `${findings.length} 处` : '未发现问题'}
        </span>
      </header>
      {[...fixableByRule]
        .filter(([, list]) => list.length > 1)
        .map(([rule, list]) => (
          <button
            key={rule}
            type="button"
            className="fix-all"
            onClick={() => editor.dispatchCommand(FIX_FINDINGS_COMMAND, list)}
          >
            全部修正“{title(rule)}”（{list.length} 处）
          </button>
        ))}
      <ul>
        {findings.map((f, i) => (
          <li
            key={`${f.rule}-${f.field ?? ''}-${f.start}-${i}`}
            className={`finding finding-${f.severity}`}
          >
            <div className="finding-head">
              <span className="severity">{SEVERITY_LABEL[f.severity]}</span>
              <span>{title(f.rule)}</span>
              {f.field && <span className="hint">（{FIELD_LABEL[f.field] ?? f.field}）</span>}
            </div>
            <p>{f.message}</p>
            <div className="finding-actions">
              {f.field === undefined && (
                <button
                  type="button"
                  onClick={() => editor.dispatchCommand(JUMP_TO_FINDING_COMMAND, f)}
                >
                  定位“{f.excerpt.length > 12 ? `${f.excerpt.slice(0, 12)}…` : f.excerpt}”
                </button>
              )}
              {f.fix && f.field === undefined && (
                <button
                  type="button"
                  onClick={() => editor.dispatchCommand(FIX_FINDINGS_COMMAND, [f])}
                >
                  修正
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
