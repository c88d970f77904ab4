import { useState } from 'react'
import type { ImportOutcome } from '../../../../electron/contract'
import { errorText } from '../../lib/api'
import { mutate } from '../../lib/query'
import { readAsBase64 } from '../../lib/read-file'
import { ConflictView } from './ConflictView'
import { IMPORT_MAKES_STALE } from './queries'

type Props = { onImported: (outcome: ImportOutcome) => void }

/** Opens a review package from a leader's PC, or the one sent back; conflicts are shown, not merged. */
export function PackageImport({ onImported }: Props) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
  const [message, setMessage] = useState('')

  const open = async (file: File | undefined) => {
    if (!file) return
    setMessage('正在导入…')
    try {
      const base64 = await readAsBase64(file)
      const result = await mutate('review:importPackage', { base64 }, IMPORT_MAKES_STALE)
      setOutcome(result)
      setMessage(result.message)
      onImported(result)
    } catch (e) {
      setMessage(errorText(e, '导入审核包失败。'))
    }
  }

  return (
    <div className="package-import">
      <label className="file-button">
        导入审核包
        <input
          type="file"
          accept=".json,application/json"
          aria-label="选择审核包文件"
          onChange={(e) => {
            void open(e.target.files?.[0])
            e.target.value = ''
          }}
        />
      </label>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {outcome?.conflict && (
        <ConflictView
          conflict={outcome.conflict}
          onResolved={(text) => {
            setMessage(text)
            setOutcome({ ...outcome, conflict: null })
            onImported({ ...outcome, conflict: null })
          }}
        />
      )}
    </div>
  )
}
