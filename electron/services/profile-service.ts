import type { profileContract } from '../contract/profile'
import type { Handlers } from '../contract'
import { AppFailure } from '../contract/result'
import { docPrefixFor } from '../domain/compose'
import { validateProfile } from '../domain/templates'
import {
  exportProfile,
  getProfile,
  hasProfile,
  importProfile,
  ProfileError,
  saveProfile
} from '../store/profile-repo'
import {
  allocateDocNumber,
  DocNumberError,
  nextDocNumber,
  registerLines
} from '../store/register-repo'
import type { DocNumberAllocation } from '../domain/doc-number'
import type { ServiceContext } from './context'
import { templateSet } from './draft-templates'
import { checkProfile, profileExamples } from './profile-check'
import { writeDraft } from './drafts/draft-write'
import { withLocalSignerKeys } from './review/signer-keys'

const JSON_MIME = 'application/json'

function prefixOrFail(ctx: ServiceContext, kind: string, year: number): string {
  const prefix = docPrefixFor(getProfile(ctx.db), kind as never, year)
  if (!prefix) {
    throw new AppFailure('invalid-input', `单位设置中还没有“${kind}”的文号代字，请先在设置中填写。`)
  }
  return prefix
}

// What a profile or 文号 error means to the window; any other error is passed on unchanged.
function asFailure(e: unknown): unknown {
  if (e instanceof ProfileError) return new AppFailure('invalid-input', e.message)
  if (e instanceof DocNumberError) return new AppFailure('duplicate', e.message)
  return e
}

export function profileHandlers(ctx: ServiceContext): Pick<Handlers, keyof typeof profileContract> {
  return {
    'templates:list': () => {
      const { templates, problems } = templateSet(ctx)
      return {
        templates: templates.map((t) => ({
          id: t.id,
          name: t.name,
          kinds: [...t.kinds],
          proposer_types: [...t.proposer_types]
        })),
        problems
      }
    },
    'profile:get': () => getProfile(ctx.db),
    'profile:status': () => ({ configured: hasProfile(ctx.db) }),
    'profile:examples': () => profileExamples(ctx),
    'profile:check': ({ profile }) => checkProfile(ctx, profile),
    'profile:save': ({ profile }) => {
      // The form places each problem at its setting, so they travel as details too.
      const checked = validateProfile(profile)
      if (!checked.ok) {
        throw new AppFailure('invalid-input', `单位设置有误：\n${checked.error}`, {
          problems: checked.problems
        })
      }
      return saveProfile(ctx.db, withLocalSignerKeys(ctx, checked.value), ctx.now())
    },
    'profile:export': () => {
      const profile = getProfile(ctx.db)
      return {
        fileName: `${profile.organ || '单位'}-设置.json`,
        mimeType: JSON_MIME,
        base64: Buffer.from(exportProfile(ctx.db), 'utf8').toString('base64')
      }
    },
    'profile:import': ({ text, fileName }) => {
      const result = importProfile(ctx.db, text, fileName || '导入的设置文件', ctx.now())
      if (!result.ok) throw new AppFailure('invalid-input', result.error)
      return result.value
    },
    'register:next': ({ kind, year }) => nextDocNumber(ctx.db, prefixOrFail(ctx, kind, year), year),
    'register:list': ({ year }) => registerLines(ctx.db, year),
    'register:allocate': ({ id, year }) => {
      const y = year ?? ctx.now().getFullYear()
      try {
        let taken: DocNumberAllocation | undefined
        writeDraft(
          ctx,
          id,
          (draft) => {
            taken = allocateDocNumber(
              ctx.db,
              prefixOrFail(ctx, draft.fields.kind, y),
              y,
              id,
              ctx.now()
            )
            return { fields: { ...draft.fields, doc_number: taken.doc_number } }
          },
          { underReview: false }
        )
        return taken!
      } catch (e) {
        throw asFailure(e)
      }
    }
  }
}
