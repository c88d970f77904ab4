import { IMPORT_STATUS_LABELS, IMPORT_STATUSES } from '../../../../electron/domain/import-status'
import { ReviewList } from './ReviewList'
import type { ImportRun } from './useImport'

type Props = {
  run: ImportRun
  onCancel: () => void
  onClose: () => void
  onForce: (index: number) => void
  onOpen: (id: string) => void
}

function summary(run: ImportRun): string {
  const counts = IMPORT_STATUSES.map((status) => ({
    status,
    n: run.rows.filter((r) => r.status === status).length
  }))
    .filter(({ n }) => n !== 0)
    .map(({ status, n }) => `${IMPORT_STATUS_LABELS[status]} ${n}`)
  return `共 ${run.total} 个文件：${counts.join('，')}`
}

export function ImportReport({ run, onCancel, onClose, onForce, onOpen }: Props) {
  const running = run.phase === 'running'
  return (
    <section className="import-report" aria-label="导入结果">
      {running ? (
        <div className="import-progress">
          <progress value={run.done} max={Math.max(1, run.total)} aria-label="导入进度" />
          <span role="status">
            {run.cancelling ? '正在取消…' : `已处理 ${run.done} / ${run.total} 个文件`}
          </span>
          <span className="hint import-current">{run.current}</span>
          <button type="button" disabled={run.cancelling} onClick={onCancel}>
            取消
          </button>
        </div>
      ) : (
        <div className="import-progress">
          <strong role="status">
            {run.phase === 'cancelled' ? '导入已取消。' : '导入完成。'}
            {summary(run)}
          </strong>
          <button type="button" className="link" onClick={onClose}>
            关闭
          </button>
        </div>
      )}
      {run.rows.length > 0 && (
        <ol className="import-rows" aria-label="逐个文件的结果">
          {run.rows.map((row, i) => (
            <li key={`${i}-${row.path}`} data-status={row.status}>
              <span className={`badge badge-${row.status}`}>
                {IMPORT_STATUS_LABELS[row.status]}
              </span>
              <span className="import-path" title={row.path}>
                {row.path}
              </span>
              <span className="import-message">{row.pending ? '正在导入…' : row.message}</span>
              {row.id && (
                <button type="button" className="link" onClick={() => onOpen(row.id as string)}>
                  {row.status === 'duplicate' ? '查看已有' : '打开'}
                </button>
              )}
              {row.status === 'not-a-reply' && row.upload && !running && (
                <button
                  type="button"
                  className="link"
                  disabled={row.pending}
                  onClick={() => onForce(i)}
                >
                  仍然导入
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {!running && <ReviewList rows={run.rows} onOpen={onOpen} />}
    </section>
  )
}
