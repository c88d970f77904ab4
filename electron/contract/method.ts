import type { z } from 'zod'

// A method is its input schema plus a phantom output type: the schema validates at the boundary,
// the output type flows to the renderer's client and the services' handlers.
export type MethodDef<I extends z.ZodType, O> = { input: I; output?: O }

export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input })
}
