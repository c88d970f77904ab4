import { describe, expect, it } from 'vitest'
import {
  cssFontStack,
  defaultLayout,
  charsPerLineAt,
  gridLinesPerPage,
  headingStyle,
  pageGeometry,
  signatureIndents
} from '../../../electron/domain/layout'

describe('layout profile', () => {
  it('turns the standard into twips: A4, margins, 版心 and a 22 × 28 grid', () => {
    const geo = pageGeometry(defaultLayout())
    expect(geo).toMatchObject({
      pageWidth: 11906,
      pageHeight: 16838,
      top: 2098,
      bottom: 1984,
      left: 1587,
      right: 1474,
      textWidth: 8845,
      textHeight: 12756,
      linePitch: 579
    })
    expect(gridLinesPerPage(geo.textHeight, geo.linePitch)).toBe(22)
    expect(charsPerLineAt(geo.textWidth, 16, geo.charSpacing)).toBe(28)
    expect(charsPerLineAt(geo.textWidth, 16, geo.charSpacing + 1)).toBe(27)
  })

  it('keeps 22 lines at 28 pt and shows that 29.45 pt leaves only 21', () => {
    const at = (linePitchPt: number) => pageGeometry({ ...defaultLayout(), linePitchPt })
    expect(gridLinesPerPage(at(28).textHeight, at(28).linePitch)).toBe(22)
    expect(gridLinesPerPage(at(29.45).textHeight, at(29.45).linePitch)).toBe(21)
  })

  it('maps heading levels to 黑体, 楷体 and 仿宋', () => {
    const layout = defaultLayout()
    expect([1, 2, 3, 4].map((l) => headingStyle(layout, l as 1 | 2 | 3 | 4).font)).toEqual([
      '黑体',
      '楷体_GB2312',
      '仿宋_GB2312',
      '仿宋_GB2312'
    ])
    expect(layout.elements.title).toEqual({ font: '方正小标宋简体', sizePt: 22, bold: false })
  })

  it('gives the preview the official font first, then its fallbacks', () => {
    expect(cssFontStack('仿宋_GB2312')).toBe('"仿宋_GB2312", "仿宋", "Noto Serif CJK SC", serif')
    expect(cssFontStack('方正小标宋简体')).toMatch(
      /^"方正小标宋简体", "小标宋", "方正小标宋_GBK", "宋体"/
    )
  })
})

describe('signature placement', () => {
  const layout = defaultLayout()

  it('sealed: the date 4 characters from the right, the organ centred over it', () => {
    const { organRight, dateRight } = signatureIndents(
      '株洲市渌口区卫生健康局',
      '2025年7月16日',
      true,
      layout
    )
    expect(dateRight).toBe(4)
    // organ 11 wide, date 6.5 wide: centres coincide
    expect(organRight + 11 / 2).toBeCloseTo(dateRight + 6.5 / 2)
  })

  it('sealed with a very long organ: the organ stays on the page and still centres on the date', () => {
    const organ = '湖南省株洲市渌口区卫生健康局办公室综合科'
    const { organRight, dateRight } = signatureIndents(organ, '2025年7月16日', true, layout)
    expect(organRight).toBe(0)
    expect(organRight + organ.length / 2).toBeCloseTo(dateRight + 6.5 / 2)
  })

  it('unsealed: the organ 2 characters from the right, the date starting 2 characters further right', () => {
    const { organRight, dateRight } = signatureIndents(
      '咸宁市卫生健康委员会',
      '2024年7月10日',
      false,
      layout
    )
    expect(organRight).toBe(2)
    // organ starts at 2 + 10 from the right edge, the date at dateRight + 6.5
    expect(2 + 10 - (dateRight + 6.5)).toBe(2)
  })

  it('unsealed with a date longer than the organ: the date keeps 2 characters from the edge', () => {
    const { organRight, dateRight } = signatureIndents('某某局', '2024年12月31日', false, layout)
    expect(dateRight).toBe(2)
    expect(organRight + 3 - (dateRight + 7)).toBe(2)
  })
})
