// 办理结果 code lists. Bureaus print their own codes (A, 甲, A1…); templates word the opening and
// closing by the meaning behind the code, its grade: A solved or adopted, B in progress or planned,
// C not possible for now or kept for reference (explained).

export const GRADES = ['A', 'B', 'C'] as const
export type Grade = (typeof GRADES)[number]

export type ClassCode = { code: string; grade: Grade; label: string }

export const CODE_LISTS = {
  ABC: [
    { code: 'A', grade: 'A', label: '所提问题已经解决、基本解决或已采纳' },
    { code: 'B', grade: 'B', label: '正在解决或已列入计划逐步解决' },
    { code: 'C', grade: 'C', label: '因条件限制暂时难以解决，或留作参考' }
  ],
  ABCD: [
    { code: 'A', grade: 'A', label: '已经解决或采纳' },
    { code: 'B', grade: 'B', label: '正在解决' },
    { code: 'C', grade: 'B', label: '已列入计划逐步解决' },
    { code: 'D', grade: 'C', label: '因条件限制暂时难以解决，或留作参考' }
  ],
  甲乙丙: [
    { code: '甲', grade: 'A', label: '已经解决或采纳' },
    { code: '乙', grade: 'B', label: '正在解决或已列入计划' },
    { code: '丙', grade: 'C', label: '暂时难以解决或留作参考' }
  ],
  A1B1: [
    { code: 'A1', grade: 'A', label: '已经解决或采纳' },
    { code: 'B1', grade: 'B', label: '正在解决或已列入计划' },
    { code: 'C1', grade: 'C', label: '暂时难以解决或留作参考' }
  ]
} as const satisfies Record<string, readonly ClassCode[]>

export function gradeOf(code: string, codes: readonly ClassCode[]): Grade | null {
  return codes.find((c) => c.code === code)?.grade ?? null
}
