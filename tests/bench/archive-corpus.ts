import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Block, BodyDoc } from '../../electron/domain/body'
import { emptyFields, type ReplyFields } from '../../electron/domain/reply-schema'

// Generated replies of realistic size (about 2,600 characters like the samples), built from the
// sentences of the sample texts with places, topics, numbers and people varied, so that terms
// have realistic, uneven frequencies instead of one document repeated 50,000 times.

const SAMPLES = [
  'reply-lukou-2025-renda-17.txt',
  'reply-xianning-2024-renda-068.txt',
  'reply-yueyang-2024-zhengxie-167.txt',
  'policy-zhuzhou-primary-care.txt',
  'news-zhuzhou-health-2024.txt'
]

const PLACES = [
  '渌口',
  '咸宁',
  '岳阳',
  '株洲',
  '醴陵',
  '攸县',
  '茶陵',
  '炎陵',
  '通山',
  '崇阳',
  '赤壁',
  '嘉鱼',
  '通城',
  '华容',
  '湘阴',
  '平江',
  '汨罗',
  '临湘',
  '君山',
  '云溪',
  '荷塘',
  '芦淞',
  '石峰',
  '天元',
  '衡东',
  '衡山',
  '祁东',
  '耒阳',
  '常宁',
  '宜章'
]
const TOPICS = [
  '医共体建设',
  '医保支付',
  '村医待遇',
  '家庭医生签约',
  '慢性病管理',
  '中医药服务',
  '妇幼保健',
  '疫苗接种',
  '精神卫生',
  '老年护理',
  '远程医疗',
  '胸痛中心',
  '药品供应',
  '分级诊疗',
  '急救体系',
  '职业健康',
  '健康教育',
  '传染病防控',
  '血液透析',
  '康复医疗',
  '口腔保健',
  '心理援助',
  '母婴安全',
  '托育服务',
  '医养结合',
  '基层人才',
  '卫生院改造',
  '公共卫生',
  '健康档案',
  '检验检查互认'
]
const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
)
const GIVEN = Array.from(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国海波宁飞斌玲'
)
const PARTIES = ['致公党', '民盟', '民进', '农工党', '九三学社', '民建', '民革', '台盟']
const HEADINGS = [
  '基本情况',
  '主要工作及成效',
  '存在的问题',
  '下一步工作打算',
  '加强基础设施建设',
  '提高医疗服务能力',
  '健全运行管理机制',
  '推动人力资源下沉',
  '实现资源整合共享',
  '强化保障措施'
]
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

export type GeneratedReply = { fields: ReplyFields; body: BodyDoc }

/** Small deterministic PRNG (mulberry32): the same seed gives the same corpus on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function sampleSentences(dir: string): string[] {
  const text = SAMPLES.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n')
  return text
    .replace(/[ \t\u3000]*\n[ \t\u3000]*/g, '')
    .replace(/\*\*/g, '')
    .split(/(?<=[。；！？])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && s.length <= 240 && !/^[\d\s]+$/.test(s))
}

export function createCorpus(dir: string, seed = 20250716) {
  const sentences = sampleSentences(dir)
  const rnd = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!
  const name = () => pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : '')
  const phone = () => '13' + String(Math.floor(rnd() * 1e9)).padStart(9, '0')

  const vary = (s: string, place: string, topic: string) =>
    s
      .replace(/渌口|咸宁|岳阳|株洲/g, place)
      .replace(/医共体建设|基层医疗服务/g, rnd() < 0.5 ? topic : '$&')
      .replace(/\d+/g, (d) => String(Math.floor(rnd() * 10 ** Math.min(d.length, 4))))

  const paragraph = (place: string, topic: string): Block => {
    const count = 3 + Math.floor(rnd() * 5)
    const text = Array.from({ length: count }, () => vary(pick(sentences), place, topic)).join('')
    return { type: 'paragraph', runs: [{ text }] }
  }

  return (i: number): GeneratedReply => {
    const place = pick(PLACES)
    const topic = pick(TOPICS)
    const year = 2019 + (i % 7)
    const proposal = rnd() < 0.4
    const kind = proposal ? ('提案' as const) : ('建议' as const)
    const proposer =
      proposal && rnd() < 0.3
        ? `${pick(PARTIES)}${place}市委`
        : `${name()}${proposal ? '委员' : '代表'}`
    const session = `${place}${proposal ? '政协' : '人大'}${pick(NUMERALS)}届${pick(NUMERALS.slice(0, 5))}次会议`
    const item = String(1 + Math.floor(rnd() * 400))
    const blocks: Block[] = [
      { type: 'paragraph', runs: [{ text: `${proposer}：` }] },
      paragraph(place, topic)
    ]
    const sections = 2 + Math.floor(rnd() * 3)
    for (let s = 0; s < sections; s++) {
      blocks.push({
        type: 'heading',
        level: 1,
        runs: [{ text: `${NUMERALS[s]}、${pick(HEADINGS)}` }]
      })
      const paragraphs = 2 + Math.floor(rnd() * 3)
      for (let p = 0; p < paragraphs; p++) blocks.push(paragraph(place, topic))
    }
    const leader = name()
    const handler = name()
    const fields: ReplyFields = {
      ...emptyFields(),
      kind,
      session,
      item_number: item,
      proposer,
      proposer_type: proposal ? '委员' : '代表',
      subject: `关于加强${topic}的${kind}`,
      title: `对${session}第${item}号${kind}的答复`,
      classification: pick(['A', 'B', 'C', 'A1', 'B1']),
      disclosure: pick(['同意公开', '予以公开', '']),
      organ: `${place}市卫生健康委员会`,
      doc_number: `${place.slice(0, 1)}卫复〔${year}〕${1 + (i % 90)}号`,
      date: `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      leader,
      leader_phone: phone(),
      handler,
      handler_phone: phone(),
      cc: [`${place}人大常委会代工委`, `${place}政府督查室`]
    }
    return { fields, body: { blocks } }
  }
}
