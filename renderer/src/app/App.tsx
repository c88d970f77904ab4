import { ArchivePage } from '../features/archive/ArchivePage'
import { DraftPage } from '../features/drafting/DraftPage'
import { HomePage } from '../features/home/HomePage'
import { DueReminder } from '../features/items/DueReminder'
import { ItemPage } from '../features/items/ItemPage'
import { ItemsPage } from '../features/items/ItemsPage'
import { StatsPage } from '../features/items/StatsPage'
import { createDraftAndOpen } from '../features/home/create-draft'
import { ReviewInbox } from '../features/review/ReviewInbox'
import { ReviewPage } from '../features/review/ReviewPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { useShortcut } from '../lib/useShortcut'
import { HealthAlert } from './HealthAlert'
import { ReadOnlyBanner } from './ReadOnlyBanner'
import { navigate, useRoute } from './route'

export function App() {
  const route = useRoute()

  useShortcut('Mod+N', () => void createDraftAndOpen())

  return (
    <div className="app">
      <header className="app-bar">
        <button type="button" className="app-title" onClick={() => navigate({ name: 'home' })}>
          建议提案答复助手
        </button>
        <button type="button" onClick={() => navigate({ name: 'items' })}>
          办理台账
        </button>
        <button type="button" onClick={() => navigate({ name: 'reviews' })}>
          审核
        </button>
        <button type="button" onClick={() => navigate({ name: 'archive' })}>
          档案库
        </button>
        <button type="button" onClick={() => navigate({ name: 'settings' })}>
          设置
        </button>
      </header>
      <ReadOnlyBanner />
      <HealthAlert />
      <DueReminder />
      <main className="app-main">
        {route.name === 'draft' ? (
          <DraftPage key={route.id} id={route.id} />
        ) : route.name === 'review' ? (
          <ReviewPage key={route.id} id={route.id} />
        ) : route.name === 'reviews' ? (
          <ReviewInbox />
        ) : route.name === 'items' ? (
          <ItemsPage />
        ) : route.name === 'item' ? (
          <ItemPage key={route.id} id={route.id} />
        ) : route.name === 'items-stats' ? (
          <StatsPage />
        ) : route.name === 'settings' ? (
          <SettingsPage />
        ) : route.name === 'archive' ? (
          <ArchivePage key={route.query ?? ''} initialQuery={route.query} />
        ) : (
          <HomePage />
        )}
      </main>
    </div>
  )
}
