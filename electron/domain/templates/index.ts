export { CODE_LISTS, GRADES, gradeOf, type ClassCode, type Grade } from './codes'
export {
  loadProfile,
  loadTemplate,
  validateProfile,
  type LoadProblem,
  type LoadResult,
  type SettingProblem
} from './load'
export { DEFAULT_PROFILE, profileSchema, type Profile } from './profile-schema'
export { templateSchema, type CcEntry, type Layout, type Template } from './template-schema'
