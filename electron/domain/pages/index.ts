export { paginate, pageSummaries, pageText } from './paginate'
export { gridSpacingPt } from './plan'
export type { LaidPage, LineFont, LineRole, PageLayout, PlacedLine } from './types'
