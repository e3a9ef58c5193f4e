import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { DataPanel } from '@/components/options/data-panel';
import { HistoryPanel } from '@/components/options/history-panel';
import { PacksPanel } from '@/components/options/packs-panel';
import { SettingsPanel } from '@/components/options/settings-panel';
import { StoragePanel } from '@/components/options/storage-panel';
import { SyncPanel } from '@/components/options/sync-panel';
import { exportUserData } from '@/lib/exchange/export';
import { EXPORT_FORMATS } from '@/lib/exchange/formats';
import { readImportFile } from '@/lib/exchange/import';
import { sendMessage } from '@/lib/messaging';
import { db } from '@/lib/db/db';
import { LIST_HISTORY_DAYS } from '@/lib/list-memory/list-history';
import { refreshSubscription, subscribe, unsubscribe } from '@/lib/pack-store/subscriptions';
import { downloadText } from './download';
import { NoteSection } from './note-section';
import { SourcesSection } from './sources-section';
import { useHashPaper } from './use-hash-paper';
import { usePreferences } from './use-preferences';
import { useStoragePersisted } from './use-storage-persisted';
import { useSyncEnabled } from './use-sync-enabled';

export function App() {
  const paperId = useHashPaper();
  const packs = useLiveQuery(() => db.packs.orderBy('key').toArray(), [], []);
  const [prefs, setPrefs] = usePreferences();
  const [syncOn, setSyncOn] = useSyncEnabled();
  const storage = useStoragePersisted();

  return (
    <main className="options">
      <header className="op-head">
        <h1>
          <span className="lens-brand">arXiv Lens</span>
        </h1>
      </header>
      {paperId ? <NoteSection id={paperId} /> : null}
      <PacksPanel
        packs={packs}
        onSubscribe={async (url) => {
          await subscribe(db, url);
        }}
        onRefresh={async (key) => {
          await refreshSubscription(db, key);
        }}
        onUnsubscribe={(key) => unsubscribe(db, key)}
        onGrantAccess={async (key) => {
          await browser.permissions.request({ origins: [`${new URL(key).origin}/*`] });
          await refreshSubscription(db, key);
        }}
      />
      <SourcesSection />
      {prefs ? <SettingsPanel prefs={prefs} onChange={setPrefs} /> : null}
      <DataPanel
        exportFormats={EXPORT_FORMATS}
        onExport={async (id) => {
          const format = EXPORT_FORMATS.find((f) => f.id === id)!;
          const file = await exportUserData(db, format, new Date());
          downloadText(file.fileName, file.mimeType, file.text);
        }}
        onImport={async (file) => sendMessage('importUserData', await readImportFile(file))}
      />
      <HistoryPanel retentionDays={LIST_HISTORY_DAYS} onClear={() => sendMessage('clearListHistory', undefined)} />
      <StoragePanel persisted={storage.persisted} unlimited={storage.unlimited} />
      <SyncPanel enabled={syncOn} onEnabledChange={setSyncOn} onSyncNow={() => sendMessage('syncNow', undefined)} />
    </main>
  );
}
