import type { SessionInfo } from './reply'

// The meeting an item was raised at, stored as data and printed in the word order the bureau
// uses: 区人大二届五次会议 (short), 市六届人大三次会议 (term-first), 第九届人民代表大会第四次会议 or
// 政协岳阳市第九届委员会第三次会议 (formal).

export const SESSION_STYLES = ['short', 'term-first', 'formal'] as const
export type SessionStyle = (typeof SESSION_STYLES)[number]

const LEVELS = ['区', '县', '市', '省', '州', '旗']
const NUM = '[一二三四五六七八九十百〇零0-9]{1,4}'
const PLACE = `[\\p{Script=Han}]{0,12}?[${LEVELS.join('')}]`
const BODY = '人大|政协'

const SHORT = new RegExp(`^(${PLACE})?(${BODY})第?(${NUM})届(?:第)?(${NUM})次(?:全体)?会议$`, 'u')
const TERM_FIRST = new RegExp(`^(${PLACE})第?(${NUM})届(${BODY})(?:第)?(${NUM})次会议$`, 'u')
const FORMAL_RENDA = new RegExp(`^(${PLACE})?第(${NUM})届人民代表大会第(${NUM})次会议$`, 'u')
const FORMAL_ZHENGXIE = new RegExp(
  `^(?:中国人民政治协商会议|政协)(${PLACE})?第(${NUM})届委员会第(${NUM})次会议$`,
  'u'
)

function info(
  written: string | undefined,
  body: SessionInfo['body'],
  term: string,
  meeting: string
): SessionInfo {
  const place = written ?? ''
  const out: SessionInfo = { level: place.slice(-1), body, term, meeting }
  if (place.length > 1) out.place = place
  return out
}

function asBody(s: string | undefined): SessionInfo['body'] {
  return s === '政协' ? '政协' : '人大'
}

export type ParsedSession = { info: SessionInfo; style: SessionStyle }

export function parseSession(input: string): ParsedSession | null {
  const s = input.replace(/\s+/g, '')
  let m = SHORT.exec(s)
  if (m) return { info: info(m[1], asBody(m[2]), m[3]!, m[4]!), style: 'short' }
  m = TERM_FIRST.exec(s)
  if (m) return { info: info(m[1], asBody(m[3]), m[2]!, m[4]!), style: 'term-first' }
  m = FORMAL_RENDA.exec(s)
  if (m) return { info: info(m[1], '人大', m[2]!, m[3]!), style: 'formal' }
  m = FORMAL_ZHENGXIE.exec(s)
  if (m) return { info: info(m[1], '政协', m[2]!, m[3]!), style: 'formal' }
  return null
}

export function formatSession(session: SessionInfo, style: SessionStyle): string {
  const where = session.place || session.level
  const { body, term, meeting } = session
  switch (style) {
    case 'short':
      return `${where}${body}${term}届${meeting}次会议`
    case 'term-first':
      return `${where}${term}届${body}${meeting}次会议`
    case 'formal':
      return body === '人大'
        ? `${where}第${term}届人民代表大会第${meeting}次会议`
        : `政协${where}第${term}届委员会第${meeting}次会议`
  }
}

/** 人大 or 政协: from the structured session, else from the printed one, else from the kind. */
export function sessionBody(
  session: string,
  sessionInfo: SessionInfo | null | undefined,
  kind: string
): SessionInfo['body'] {
  if (sessionInfo) return sessionInfo.body
  const parsed = parseSession(session)
  if (parsed) return parsed.info.body
  if (session.includes('政协') || kind === '提案') return '政协'
  return '人大'
}
