import type { z } from 'zod'
import { appContract } from './app'
import { archiveContract } from './archive'
import { draftsContract } from './drafts'
import { itemsContract } from './items'
import { profileContract } from './profile'
import { proofreadContract } from './proofread'
import { reviewContract } from './review'
import type { MethodDef } from './method'
import type { Result } from './result'

export * from './result'
export type * from './app'
export type * from './archive'
export type * from './drafts'
export type * from './items'
export type * from './profile'
export type * from './proofread'
export type * from './review'
export type { ReplyFields, ReplyKind, ProposerType, DocFormat } from '../domain/reply'
export type { BodyDoc, Block, Run } from '../domain/body'
export type { ComposedReply } from '../domain/composed-reply'
export type { Finding, RuleInfo, Severity } from '../domain/proofread'
export type { Profile, Template } from '../domain/templates'
export type { LaidPage, PageLayout, PlacedLine, PreviewFonts } from '../domain/pages'

// Each capability contributes one map; names are `domain:verb` and must be unique across maps
// (tests/unit/contract asserts it, because a spread would silently keep the last one).
export const CONTRACT_PARTS = {
  app: appContract,
  archive: archiveContract,
  drafts: draftsContract,
  items: itemsContract,
  profile: profileContract,
  proofread: proofreadContract,
  review: reviewContract
} as const

export const contract = {
  ...appContract,
  ...archiveContract,
  ...draftsContract,
  ...itemsContract,
  ...profileContract,
  ...proofreadContract,
  ...reviewContract
}

export type Contract = typeof contract
export type MethodName = keyof Contract
export type Input<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type Output<M extends MethodName> =
  Contract[M] extends MethodDef<z.ZodType, infer O> ? O : never

/** What every transport offers the renderer. */
export type Api = {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<Output<M>>>
}

/** What the services implement; transports validate input before calling these. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Promise<Output<M>> | Output<M>
}

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}
