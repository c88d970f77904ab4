import { useRef } from 'react'
import { ACCEPT } from './import-files'

type Props = { disabled: boolean; onFiles: (files: File[]) => void }

/** Files or a whole folder; their bytes go to the archive, whichever shell runs the app. */
export function ImportButtons({ disabled, onFiles }: Props) {
  const filesInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)

  const picked = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])]
    // Cleared so that choosing the same folder again (after fixing a file) is still a change.
    input.value = ''
    if (files.length) onFiles(files)
  }

  return (
    <div className="import-actions">
      <button type="button" disabled={disabled} onClick={() => filesInput.current?.click()}>
        导入文件
      </button>
      <button type="button" disabled={disabled} onClick={() => folderInput.current?.click()}>
        导入文件夹
      </button>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="选择要导入的文件"
        onChange={(e) => picked(e.currentTarget)}
      />
      <input
        ref={folderInput}
        type="file"
        hidden
        aria-label="选择要导入的文件夹"
        // React does not type the attribute; Chromium and Electron both honour it.
        {...{ webkitdirectory: '' }}
        onChange={(e) => picked(e.currentTarget)}
      />
    </div>
  )
}
