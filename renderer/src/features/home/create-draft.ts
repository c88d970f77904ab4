import { navigate } from '../../app/route'
import { mutate } from '../../lib/query'

export async function createDraftAndOpen(): Promise<void> {
  const draft = await mutate('drafts:create', {}, ['drafts:list'])
  navigate({ name: 'draft', id: draft.id })
}
