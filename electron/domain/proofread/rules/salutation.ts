import type { ProofDoc } from '../document'
import { at, fieldText, onField, type Rule } from '../rule'
import type { Finding } from '../types'

// The salutation names the proposer as the item's kind requires: a 建议 comes from 人大代表
// (XXX代表, XXX等代表, 柳春龙等3位代表); a 提案 from 政协委员 (XXX委员) or from a party or group,
// addressed by its name (致公党岳阳市委).

const ORGANISATION = /(?:委员会|党|委|会|联|社|盟|组|界|团|部|院|局|办|室|厅)$/
const PERSON = /^\p{Script=Han}{2,4}$/u

const OTHER_ADDRESSEE = /(?:协办|会办)意见\s*$|办理情况的?报告\s*$/

type Addressee = 'deputy' | 'member' | 'organisation' | 'bare-name' | 'other'

function addressee(name: string): Addressee {
  if (/代表团?$/.test(name)) return 'deputy'
  if (/委员$/.test(name)) return 'member'
  if (ORGANISATION.test(name)) return 'organisation'
  if (PERSON.test(name)) return 'bare-name'
  return 'other'
}

function problem(doc: ProofDoc, name: string): string | null {
  const who = addressee(name)
  const type = doc.fields.proposer_type
  if (doc.kind === '建议') {
    if (who === 'deputy') return null
    if (who === 'member') return '人大代表建议的答复应称“代表”，不应称“委员”，请写作“XXX代表”。'
    if (who === 'bare-name') return `称谓不完整，应写作“${name}代表”。`
    return '人大代表建议的答复应称呼提出建议的代表，写作“XXX代表”或“XXX等代表”。'
  }
  if (who === 'deputy') {
    return '政协提案的答复不应称“代表”，应写作“XXX委员”，党派、团体提案写其名称。'
  }
  if (type === '委员' && who !== 'member') return '提出人是政协委员，称谓应写作“XXX委员”。'
  if ((type === '党派' || type === '团体') && who === 'member') {
    return `提出者是${type}，称谓应写其名称（如“致公党岳阳市委”），不应称“委员”。`
  }
  if (!type && who === 'bare-name') return `称谓不完整，应写作“${name}委员”。`
  return null
}

function typeProblem(doc: ProofDoc): Finding | null {
  const type = fieldText(doc, 'proposer_type')
  if (!type) return null
  if (doc.kind === '建议' && type !== '代表') {
    return onField(
      salutation,
      doc,
      'proposer_type',
      '建议的提出人应为人大代表，请将提出人类型改为“代表”。'
    )
  }
  if (doc.kind === '提案' && type === '代表') {
    return onField(
      salutation,
      doc,
      'proposer_type',
      '提案的提出者应为政协委员、党派或团体，不应为“代表”。'
    )
  }
  return null
}

export const salutation: Rule = {
  id: 'salutation',
  title: '称谓与建议提案类别',
  severity: 'error',
  check(doc) {
    if (!doc.reply || (doc.kind !== '建议' && doc.kind !== '提案')) return []
    // a 协办/会办意见 or a 办理情况报告 is addressed to the lead unit or the congress office
    if (doc.paragraphs.slice(0, 6).some((p) => OTHER_ADDRESSEE.test(p.text))) return []
    const out: Finding[] = []
    const typeFinding = typeProblem(doc)
    if (typeFinding) out.push(typeFinding)
    const line = doc.salutation
    if (line) {
      const m = /^(尊敬的)?(.+?)[：:]/.exec(line.text)
      const name = m?.[2] ?? ''
      const message = name ? problem(doc, name) : null
      if (message) {
        const start = line.start + (m?.[1]?.length ?? 0)
        out.push(at(salutation, doc, start, start + name.length, message))
      }
      return out
    }
    const proposer = fieldText(doc, 'proposer')
    const who = addressee(proposer)
    if ((doc.kind === '建议' && who === 'member') || (doc.kind === '提案' && who === 'deputy')) {
      out.push(onField(salutation, doc, 'proposer', problem(doc, proposer)!))
    }
    return out
  }
}
