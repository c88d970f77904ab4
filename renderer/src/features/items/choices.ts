import type { ContactStage, ItemKind, ItemRole, Satisfaction } from '../../../../electron/contract'

// The renderer may import only the contract's types, so the choices are spelled here; the types
// make the compiler reject a value the services would refuse.

export const KINDS: readonly ItemKind[] = ['建议', '提案']
export const ROLES: readonly ItemRole[] = ['主办', '协办', '会办', '分办']
export const SATISFACTION: readonly Satisfaction[] = ['满意', '基本满意', '不满意']
export const CONTACT_STAGES: readonly ContactStage[] = ['办前', '办中', '办后']
export const CONTACT_WAYS = ['当面', '电话', '座谈', '现场调研', '书面', '短信', '微信', '其他']
