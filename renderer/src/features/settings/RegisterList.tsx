import { useState } from 'react'
import type { RegisterLine } from '../../../../electron/contract'
import { navigate } from '../../app/route'
import { useQuery } from '../../lib/query'
import { localDateTime } from '../../../../electron/domain/local-time'
import { UNTITLED } from '../../lib/format'
import { SelectField } from './fields'

const STATUS: Record<RegisterLine['status'], string> = {
  allocated: '已使用',
  reserved: '已预留',
  void: '已作废',
  released: '已释放（该答复改用了其他文号）'
}

const ALL = ''

/** The 文号 register: every number taken in a year, by which reply, whose, when and its state. */
export function RegisterList() {
  const thisYear = new Date().getFullYear()
  const [year, setYear] = useState(String(thisYear))
  const register = useQuery(
    'register:list',
    year === ALL ? {} : { year: Number(year) },
    '读取文号登记失败。'
  )
  // The previous year's lines stay until the next year's are in, as a list that does not blink.
  const lines = register.value ?? register.stale
  const error = register.error

  const years = Array.from({ length: 5 }, (_, i) => String(thisYear - i))
  return (
    <>
      <h3>已取文号</h3>
      <SelectField
        label="取号年份"
        value={year}
        options={[
          ...years.map((y) => ({ value: y, label: `${y}年` })),
          { value: ALL, label: '全部年份' }
        ]}
        onChange={setYear}
      />
      {error && <p className="error-line">{error}</p>}
      {lines && lines.length === 0 && <p className="hint">这一年还没有取过文号。</p>}
      {lines && lines.length > 0 && (
        <div className="settings-rows">
          <table aria-label="已取文号">
            <thead>
              <tr>
                <th scope="col">年份</th>
                <th scope="col">文号</th>
                <th scope="col">答复</th>
                <th scope="col">经办人</th>
                <th scope="col">取号时间</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.doc_number}>
                  <td>{line.year}</td>
                  <td>{line.doc_number}</td>
                  <td>
                    {line.reply_id ? (
                      <button
                        type="button"
                        className="link"
                        onClick={() => navigate({ name: 'draft', id: line.reply_id as string })}
                      >
                        {line.reply_title || UNTITLED}
                      </button>
                    ) : (
                      line.note || '—'
                    )}
                  </td>
                  <td>{line.handler || '—'}</td>
                  <td>{localDateTime(line.created_at)}</td>
                  <td>{STATUS[line.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
