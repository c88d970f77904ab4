import { useMemo, useRef, useState } from 'react'
import { ArchiveReply } from './ArchiveReply'
import { FilterBar } from './FilterBar'
import { hasFilters, NO_FILTERS, searchFilters, type FilterInput } from './filters'
import { queryWords } from './highlight'
import { ImeInput } from './ImeInput'
import { ImportButtons } from './ImportButtons'
import { ImportReport } from './ImportReport'
import { SearchResults } from './SearchResults'
import { useArchiveSearch } from './useArchiveSearch'
import { useImport } from './useImport'
import { useShortcut } from '../../lib/useShortcut'
import './archive.css'

export function ArchivePage({ initialQuery = '' }: { initialQuery?: string }) {
  const [query, setQuery] = useState(initialQuery)
  const [filters, setFilters] = useState<FilterInput>(NO_FILTERS)
  const [openId, setOpenId] = useState<string | null>(null)
  const where = useMemo(() => searchFilters(filters), [filters])
  const search = useArchiveSearch(query, where)
  const importer = useImport()
  const words = useMemo(() => queryWords(query), [query])
  const searchBox = useRef<HTMLInputElement>(null)

  useShortcut('Mod+F', () => searchBox.current?.select())

  return (
    <div className="archive">
      <div className="archive-head">
        <h1>档案库</h1>
        <div className="archive-search">
          <ImeInput
            ref={searchBox}
            type="search"
            value={query}
            onValue={setQuery}
            placeholder="输入关键词检索往年答复，如 医共体、家庭医生签约"
            aria-label="检索档案"
            autoFocus
          />
          {search.working && (
            <span className="working" role="status">
              正在检索…
            </span>
          )}
        </div>
        <ImportButtons
          disabled={importer.run?.phase === 'running'}
          onFiles={(files) => void importer.start(files)}
        />
      </div>
      {importer.run && (
        <ImportReport
          run={importer.run}
          onCancel={importer.cancel}
          onClose={importer.clear}
          onForce={(i) => void importer.forceImport(i)}
          onOpen={setOpenId}
        />
      )}
      <FilterBar
        value={filters}
        onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))}
        onClear={() => setFilters(NO_FILTERS)}
        canClear={hasFilters(filters)}
      />
      <div className="archive-body">
        <div className="archive-results">
          {search.error && <p className="error-line">{search.error}</p>}
          {search.result ? (
            <SearchResults
              result={search.result}
              openId={openId}
              onOpen={setOpenId}
              onMore={search.loadMore}
            />
          ) : (
            <p className="muted archive-empty">
              输入关键词或选择筛选条件检索往年答复；两个字的词（如 医保）也能检索。
            </p>
          )}
        </div>
        <div className="archive-open">
          {openId ? (
            <ArchiveReply key={openId} id={openId} words={words} />
          ) : (
            <p className="muted archive-empty">在左侧选择一份答复，查看字段和全文。</p>
          )}
        </div>
      </div>
    </div>
  )
}
