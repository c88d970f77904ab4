import type { ReplyFields } from '../../../../electron/contract'
import { localDateTime } from '../../../../electron/domain/local-time'
import { BodyView } from './BodyView'
import { FieldReview } from './FieldReview'
import { chineseDate } from '../../../../electron/domain/drafting/chinese'
import { fieldLabel } from '../../../../electron/domain/reply'
import { statusLabel } from '../../../../electron/domain/review/status'
import { ARCHIVE_FIELDS, replyMeta } from './labels'
import { useQuery } from '../../lib/query'

type Props = { id: string; words: readonly string[] }

const SHOWN = ARCHIVE_FIELDS.filter((key) => key !== 'title')

function fieldText(fields: ReplyFields, key: keyof ReplyFields): string {
  const value = fields[key]
  if (Array.isArray(value)) return value.join('；')
  // a date the parser could not read stays as the letter wrote it
  if (key === 'date') return chineseDate(String(value ?? '')) || String(value ?? '')
  return typeof value === 'string' ? value : ''
}

/** One past reply opened from the archive: its fields, where it came from, and its body. */
export function ArchiveReply({ id, words }: Props) {
  const loaded = useQuery('archive:get', { id }, '读取答复失败。')

  if (loaded.error) return <p className="error-line">{loaded.error}</p>
  const entry = loaded.value
  if (!entry) return <p className="muted archive-empty">正在打开…</p>
  const { fields, source } = entry
  const doubtful = new Set(source?.confirmed_at ? [] : (source?.uncertain ?? []))

  return (
    <article className="archive-reply" aria-label="答复全文">
      <h2>{fields.title || fields.subject || '（无标题）'}</h2>
      <p className="hit-meta">
        {replyMeta([
          statusLabel(entry.status),
          entry.year && `${entry.year}年`,
          source?.imported_at && `导入于 ${localDateTime(source.imported_at)}`,
          source?.confirmed_at && '字段已核对'
        ])}
      </p>
      {doubtful.size > 0 && (
        <section className="doubt" aria-label="待核对字段">
          <p>以下字段由程序推断，请对照原文核对或更正：</p>
          <FieldReview entry={entry} onConfirmed={loaded.set} />
        </section>
      )}
      <dl className="reply-fields pairs">
        {SHOWN.map((key) => {
          const text = fieldText(fields, key)
          if (!text && !doubtful.has(key)) return null
          return (
            <div key={key} className={doubtful.has(key) ? 'doubtful' : undefined}>
              <dt>{fieldLabel(key)}</dt>
              <dd>{text || '—'}</dd>
            </div>
          )
        })}
      </dl>
      {source?.path && <p className="hint source-path">来源文件：{source.path}</p>}
      <BodyView body={entry.body} words={words} />
    </article>
  )
}
