import { useState } from 'react'
import type { StatsReport, Tally } from '../../../../electron/contract'
import { errorText, request, saveBase64 } from '../../lib/api'
import { useQuery } from '../../lib/query'
import { BarChart } from './BarChart'
import './items.css'

function pct(rate: number | null): string {
  return rate === null ? '—' : `${rate}%`
}

export function StatsPage() {
  const [scope, setScope] = useState<{ year?: number; session?: string }>({})
  const [message, setMessage] = useState({ text: '', error: false })
  const stats = useQuery('items:stats', scope, '统计失败。')
  const report = stats.value ?? stats.stale

  const exportFile = async (method: 'items:exportSummary' | 'items:exportReport') => {
    try {
      const file = await request(method, scope)
      setMessage({
        text: await saveBase64(file.fileName, file.base64, file.mimeType),
        error: false
      })
    } catch (e) {
      setMessage({ text: errorText(e, '导出失败，请重试。'), error: true })
    }
  }

  return (
    <div className="items-page">
      <p>
        <a href="#/items">← 办理台账</a>
      </p>
      <div className="items-actions">
        <h1>统计与汇总表</h1>
        <select
          aria-label="统计范围"
          value={JSON.stringify(scope)}
          onChange={(e) => setScope(JSON.parse(e.target.value) as typeof scope)}
        >
          <option value="{}">全部年度</option>
          {[...new Set((report?.scopes ?? []).map((s) => s.year))].map((year) => (
            <option key={year} value={JSON.stringify({ year })}>
              {year}年
            </option>
          ))}
          {(report?.scopes ?? []).map((s) => (
            <option
              key={`${s.year}${s.session}`}
              value={JSON.stringify({ year: s.year, session: s.session })}
            >
              {s.year}年 {s.session || '（未填届次）'}（{s.count} 件）
            </option>
          ))}
        </select>
        <button
          type="button"
          className="primary"
          onClick={() => void exportFile('items:exportSummary')}
        >
          导出汇总表（XLSX）
        </button>
        <button type="button" onClick={() => void exportFile('items:exportReport')}>
          导出办理情况报告（DOCX）
        </button>
      </div>
      {message.text && <p className={message.error ? 'error-line' : 'notice'}>{message.text}</p>}
      {stats.error && <p className="error-line">{stats.error}</p>}
      {report && <Figures report={report} />}
    </div>
  )
}

function Figures({ report }: { report: StatsReport }) {
  const o = report.overall
  return (
    <>
      <dl className="stats-figures" aria-label="总体情况">
        <Figure name="总件数" value={`${o.total}`} />
        <Figure name="建议 / 提案" value={`${report.byKind.建议} / ${report.byKind.提案}`} />
        <Figure
          name="主办 / 协办会办 / 分办"
          value={`${report.byRole.主办} / ${report.byRole.协办 + report.byRole.会办} / ${report.byRole.分办}`}
        />
        <Figure name="办结率" value={pct(o.answerRate)} />
        <Figure name="按时办结率" value={pct(o.onTimeRate)} />
        <Figure name="满意率" value={pct(o.satisfactionRate)} />
        {report.returned > 0 && <Figure name="退回/改办" value={`${report.returned}`} />}
      </dl>
      <div className="stats-charts">
        <BarChart
          title="办理结果类别"
          bars={report.byClass.map((c) => ({
            label: c.code ? `${c.code}类` : '未定',
            value: c.count
          }))}
        />
        <BarChart
          title="满意度"
          bars={Object.entries(report.bySatisfaction).map(([label, value]) => ({ label, value }))}
        />
        <BarChart title="各科室（已答复/总数）" bars={answered(report.byDepartment)} />
      </div>
      <TallyTable title="按承办科室" rows={report.byDepartment} />
      <TallyTable title="按分管领导" rows={report.byLeader} />
      <TallyTable title="按年度" rows={report.byYear} />
    </>
  )
}

function answered(rows: Tally[]) {
  return rows.map((r) => ({ label: r.name, value: r.total, part: r.answered }))
}

function Figure({ name, value }: { name: string; value: string }) {
  return (
    <div>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </div>
  )
}

function TallyTable({ title, rows }: { title: string; rows: Tally[] }) {
  return (
    <table className="items-table" aria-label={title}>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th></th>
          <th>件数</th>
          <th>已答复</th>
          <th>办结率</th>
          <th>按时办结率</th>
          <th>满意率</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <th scope="row">{r.name}</th>
            <td>{r.total}</td>
            <td>{r.answered}</td>
            <td>{pct(r.answerRate)}</td>
            <td>{pct(r.onTimeRate)}</td>
            <td>{pct(r.satisfactionRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
