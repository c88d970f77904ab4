import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx'
import { runsText } from '../../electron/domain/body'
import type { GeneratedReply } from './archive-corpus'

// A reply laid out the way bureaus send them (organ, 文号 with class, title, salutation, headed
// body, closing, contact lines, date, 抄送), so the import pipeline reads it as a real one.

const line = (text: string, options: { center?: boolean; bold?: boolean } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: [
      new TextRun({ text, bold: options.bold ?? false, font: { eastAsia: '仿宋_GB2312' } })
    ]
  })

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

export async function replyDocx({ fields, body }: GeneratedReply): Promise<Buffer> {
  const paragraphs = [
    line(fields.organ, { center: true, bold: true }),
    line(`${fields.doc_number}(${fields.classification})类`, { center: true }),
    line(fields.title, { center: true, bold: true }),
    ...body.blocks.flatMap((block, i) => [
      block.type === 'heading'
        ? line(runsText(block.runs), { bold: true })
        : line(block.type === 'paragraph' ? runsText(block.runs) : ''),
      ...(i === 0 ? [line(`您提出的《${fields.subject}》收悉，现答复如下：`)] : [])
    ]),
    line(`感谢您对卫生健康工作的关心和支持。`),
    line(`主管领导：${fields.leader}    联系电话：${fields.leader_phone}`),
    line(`承办人：${fields.handler}    联系电话：${fields.handler_phone}`),
    line(fields.organ),
    line(chineseDate(fields.date)),
    line(`抄送：${fields.cc.join('，')}。`)
  ]
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }))
}
