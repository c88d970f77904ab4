import { useState } from 'react'
import type { Item, ItemStatus } from '../../../../electron/contract'
import { navigate } from '../../app/route'
import { useQuery } from '../../lib/query'
import { dueLine } from './due-text'
import { ImportPanel } from './ImportPanel'
import { NewItemForm } from './NewItemForm'
import './items.css'

const STATUS_FILTERS: { value: ItemStatus | ''; label: string }[] = [
  { value: '', label: '全部状态' },
  { value: 'pending', label: '待签收' },
  { value: 'handling', label: '办理中' },
  { value: 'review', label: '待审核' },
  { value: 'replied', label: '已答复' },
  { value: 'feedback', label: '已反馈' },
  { value: 'closed', label: '办结' },
  { value: 'returned', label: '退回/改办' }
]

type Panel = 'none' | 'import' | 'new'

export function ItemsPage() {
  const [year, setYear] = useState<number | undefined>()
  const [status, setStatus] = useState<ItemStatus | ''>('')
  const [query, setQuery] = useState('')
  const [panel, setPanel] = useState<Panel>('none')
  const scopes = useQuery('items:scopes', {}, '读取年度失败。')
  const filter = { ...(year ? { year } : {}), ...(status ? { status } : {}), query }
  const items = useQuery('items:list', filter, '读取办理台账失败。', query ? 250 : 0)
  const years = [...new Set((scopes.value ?? []).map((s) => s.year))]
  const list = items.value ?? items.stale

  return (
    <div className="items-page">
      <div className="items-actions">
        <h1>办理台账</h1>
        <button type="button" className="primary" onClick={() => setPanel('import')}>
          导入交办清单
        </button>
        <button type="button" onClick={() => setPanel('new')}>
          逐件登记
        </button>
        <button type="button" onClick={() => navigate({ name: 'items-stats' })}>
          统计与汇总表
        </button>
      </div>
      {panel === 'import' && (
        <ImportPanel onDone={() => setPanel('none')} onCancel={() => setPanel('none')} />
      )}
      {panel === 'new' && <NewItemForm onCancel={() => setPanel('none')} />}
      <div className="items-filters">
        <select
          aria-label="年度"
          value={year ?? ''}
          onChange={(e) => setYear(e.target.value ? Number(e.target.value) : undefined)}
        >
          <option value="">全部年度</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
        <select
          aria-label="办理状态"
          value={status}
          onChange={(e) => setStatus(e.target.value as ItemStatus | '')}
        >
          {STATUS_FILTERS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        <input
          type="search"
          aria-label="查找台账"
          placeholder="编号、标题或提出人"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {items.error && <p className="error-line">{items.error}</p>}
      {list === null ? (
        <p className="muted">正在读取…</p>
      ) : list.length === 0 ? (
        <p className="muted">
          台账中还没有建议提案。点“导入交办清单”导入政府办交来的 Excel 或 CSV 清单，或“逐件登记”。
        </p>
      ) : (
        <ItemTable items={list} />
      )}
    </div>
  )
}

function ItemTable({ items }: { items: Item[] }) {
  return (
    <table className="items-table" aria-label="建议提案列表">
      <thead>
        <tr>
          <th>编号</th>
          <th>标题</th>
          <th>提出人</th>
          <th>承办方式</th>
          <th>科室 / 经办人</th>
          <th>办理期限</th>
          <th>状态</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>
              {item.session} {item.kind}第{item.number}号
            </td>
            <td>
              <a href={`#/item/${item.id}`}>{item.title}</a>
            </td>
            <td>{item.proposer}</td>
            <td>{item.role}</td>
            <td>{[item.department, item.handler].filter(Boolean).join(' / ')}</td>
            <td className={item.days_left !== null && item.days_left < 0 ? 'overdue' : ''}>
              {dueLine(item)}
            </td>
            <td>{item.status_label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
