import { navigate } from '../../app/route'
import { request } from '../../lib/api'

export async function createDraftAndOpen(): Promise<void> {
  const draft = await request('drafts:create', {})
  navigate({ name: 'draft', id: draft.id })
}
