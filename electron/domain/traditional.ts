// Traditional characters that mirror sites of government pages use, each with its simplified form.
// Only characters that are never correct in simplified text are listed, so finding one in a
// simplified document is a defect; 覆 (also simplified) is handled in 答覆 only.

const TRADITIONAL =
  '關於對屆會議號建議答復聯繫電話經辦負責領導發簽報區縣黨盟現貴們為與單長個這來時間瀏覽數類別開郵編碼機構衛醫療務養護體質資訊網頁標題產業環項條準與實際認識講論評價計劃設備總結據點圍擴規範勵獎職稱權證書記錄續協調幫釋讓覺戶隊員兒童婦幼貧農場區鎮鄉級應當該們還將從後進運達過選舉擇專務處達說話請問謝順顧傳統礎獲輸統計歲腦殘疾齡齒藥檢驗測試確顯術療癒診斷營險險額費價錢財稅預算報銷補貼參保險險監督導優勢質量節約積極穩創轉變變遷遠這邊樣麼義議樂觀態談責權濟師學習歷練傷風險圖書館紀錄組織細織線經營結構導則條例範圍域點單獨體系統籌協調發揮務實際聯合開展繼續維護漢語簡繁轉換' +
  '見視親歡興廣東門陳強黃曉穎係誌寫層況狀張劉楊趙吳鄭馬孫羅許鄧葉蘇盧蔣韋萬億並內給愛懷訓嚴罰動勞團擊訪們繳滿確認證據讀書號碼傳真幹部幣歸檔總務廳處廠醫護藥劑門診帶頭廣場貫徹徵詢議題設施遞交辦結閱覽'

const SIMPLIFIED =
  '关于对届会议号建议答复联系电话经办负责领导发签报区县党盟现贵们为与单长个这来时间浏览数类别开邮编码机构卫医疗务养护体质资讯网页标题产业环项条准与实际认识讲论评价计划设备总结据点围扩规范励奖职称权证书记录续协调帮释让觉户队员儿童妇幼贫农场区镇乡级应当该们还将从后进运达过选举择专务处达说话请问谢顺顾传统础获输统计岁脑残疾龄齿药检验测试确显术疗愈诊断营险险额费价钱财税预算报销补贴参保险险监督导优势质量节约积极稳创转变变迁远这边样么义议乐观态谈责权济师学习历练伤风险图书馆纪录组织细织线经营结构导则条例范围域点单独体系统筹协调发挥务实际联合开展继续维护汉语简繁转换' +
  '见视亲欢兴广东门陈强黄晓颖系志写层况状张刘杨赵吴郑马孙罗许邓叶苏卢蒋韦万亿并内给爱怀训严罚动劳团击访们缴满确认证据读书号码传真干部币归档总务厅处厂医护药剂门诊带头广场贯彻征询议题设施递交办结阅览'

export const TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  [...TRADITIONAL].map((c, i) => [c, [...SIMPLIFIED][i]!] as const).filter(([t, s]) => t !== s)
)

const COMPOUNDS: readonly [RegExp, string][] = [[/(?<=[答回函])覆/g, '复']]

/** The text with listed traditional characters replaced one for one (same length, same offsets). */
export function simplifiedShadow(text: string): string {
  let out = ''
  for (const c of text) out += TO_SIMPLIFIED.get(c) ?? c
  for (const [re, s] of COMPOUNDS) out = out.replace(re, s)
  return out
}

export function isTraditionalOnly(c: string): boolean {
  return TO_SIMPLIFIED.has(c)
}
