import type { SearchResult } from '../../../../electron/contract'
import { snippetParts } from './highlight'
import { Highlighted } from './Highlighted'
import { statusLabel } from '../../../../electron/domain/review/status'
import { replyMeta } from './labels'

type Props = {
  result: SearchResult
  openId: string | null
  onOpen: (id: string) => void
  onMore: () => void
}

export function SearchResults({ result, openId, onOpen, onMore }: Props) {
  const { hits, total, total_exact } = result
  if (hits.length === 0) {
    return <p className="muted archive-empty">没有找到相符的答复，可减少关键词或放宽筛选条件。</p>
  }
  return (
    <>
      <p className="result-count" role="status">
        {total_exact ? `共 ${total} 份` : `约 ${total} 份`}
      </p>
      <ol className="hit-list" aria-label="检索结果">
        {hits.map((hit) => (
          <li key={hit.id}>
            <button
              type="button"
              className="row-button"
              aria-current={hit.id === openId ? 'true' : undefined}
              onClick={() => onOpen(hit.id)}
            >
              <span className="hit-title">{hit.title || '（无标题）'}</span>
              <span className="hit-meta">
                {replyMeta([
                  hit.kind,
                  hit.year && `${hit.year}年`,
                  hit.proposer,
                  hit.classification && `${hit.classification}类`,
                  statusLabel(hit.status)
                ])}
              </span>
              {hit.snippet && (
                <span className="hit-snippet">
                  <Highlighted parts={snippetParts(hit.snippet)} />
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
      {hits.length < total && (
        <button type="button" className="more" onClick={onMore}>
          显示更多
        </button>
      )}
    </>
  )
}
