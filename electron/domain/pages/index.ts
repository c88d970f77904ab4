export { paginate, pageSummaries, pageText } from './paginate'
export { gridSpacingPt } from './plan'
export { previewFonts, type PreviewFonts } from './fonts'
export type { LaidPage, LineFont, LineRole, PageLayout, PlacedLine } from './types'
