import { describe, expect, it } from 'vitest'
import { phoneProblem as serverPhoneProblem } from '../../../electron/domain/phone'
import {
  fieldProblems,
  itemNumberProblem,
  phoneProblem,
  postcodeProblem
} from '../../../renderer/src/features/drafting/validate'
import { emptyFields } from '../../../electron/domain/reply-schema'

describe('inline field checks on the drafting screen', () => {
  it('accept and refuse the same phone numbers as the server', () => {
    for (const n of [
      '13874100819',
      '0730-8206079',
      '0730-8206079-12',
      '07308206079',
      '1387410081',
      '12345678901',
      ' 13874100819 ',
      ''
    ]) {
      expect(phoneProblem(n) === '', n).toBe(serverPhoneProblem(n) === null)
    }
  })

  it('checks postcodes, item numbers as written and the date order', () => {
    expect(postcodeProblem('437000')).toBe('')
    expect(postcodeProblem('43700')).not.toBe('')
    expect(itemNumberProblem('068')).toBe('')
    expect(itemNumberProblem('第68号')).not.toBe('')
    const problems = fieldProblems({
      ...emptyFields(),
      assigned_date: '2025-05-01',
      date: '2025-04-30'
    })
    expect(problems.date).toContain('早于交办日期')
  })
})
