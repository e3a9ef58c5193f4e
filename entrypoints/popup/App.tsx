import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { CurrentPaper } from '@/components/current-paper';
import { ReadingList } from '@/components/reading-list';
import { TodayLine } from '@/components/today-line';
import { UndoBar } from '@/components/undo-bar';
import { announceUserDataWritten } from '@/lib/extension-pages';
import { db, type ReadingEntry } from '@/lib/store/db';
import { lookup } from '@/lib/store/lookup';
import { savePaper, restoreEntry, setReadingState, unsavePaper } from '@/lib/store/reading-list';
import { joinReadingItems, loadKnownPaper, loadPackSide, loadUserSide } from '@/lib/store/reading-view';
import { readToday } from '@/lib/store/today';
import { tagSuggestions } from '@/lib/store/user-tags';
import { readingActions } from './reading-actions';
import { useCurrentTabPaper } from './use-current-tab-paper';
import { useHiddenSources } from './use-hidden-sources';

export function App() {
  const tabPaper = useCurrentTabPaper();
  const user = useLiveQuery(() => loadUserSide(db), []);
  const ids = useMemo(() => user?.entries.map((e) => e.id) ?? [], [user]);
  const idsKey = ids.join(' ');
  // Pack titles and summaries follow the first render; they change only with the set of papers.
  const packs = useLiveQuery(() => loadPackSide(db, ids), [idsKey]);
  const mergeOptions = useHiddenSources();
  const items = useMemo(() => (user ? joinReadingItems(user, packs, mergeOptions) : undefined), [user, packs, mergeOptions]);
  const suggestions = useLiveQuery(() => tagSuggestions(db), [], []);
  const current = useLiveQuery(
    async () =>
      tabPaper
        ? { info: (await lookup(db, { ids: [tabPaper.id], titles: {} }, mergeOptions))[tabPaper.id]!, pack: await loadKnownPaper(db, tabPaper.id) }
        : null,
    [tabPaper?.id, mergeOptions],
  );
  const today = useLiveQuery(() => readToday(db, mergeOptions), [mergeOptions]);
  const [removed, setRemoved] = useState<ReadingEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const actions = useMemo(() => readingActions(db, setRemoved, setError), []);

  return (
    <main className="popup">
      <header className="popup-head">
        <span className="lens-brand">arXiv Lens</span>
        <a className="lens-link" href="/options.html" target="_blank" rel="noopener">
          Packs, settings and your data
        </a>
      </header>
      {tabPaper && current ? (
        <CurrentPaper
          id={tabPaper.id}
          title={current.pack.title ?? tabPaper.title}
          info={current.info}
          onToggleSave={() =>
            void (current.info.saved ? unsavePaper(db, tabPaper.id) : savePaper(db, tabPaper.id, current.pack.title ?? tabPaper.title)).then(
              announceUserDataWritten,
            )
          }
          onStateChange={(state) => void setReadingState(db, tabPaper.id, state).then(announceUserDataWritten)}
        />
      ) : null}
      {today ? <TodayLine figures={today} /> : null}
      {error ? (
        <p className="popup-error" role="alert">
          {error}
        </p>
      ) : null}
      {items === undefined ? <p className="rl-empty">Loading…</p> : <ReadingList items={items} suggestions={suggestions} actions={actions} />}
      {removed ? (
        <UndoBar
          message={`Removed “${removed.title ?? removed.id}”`}
          onUndo={() => {
            void restoreEntry(db, removed).then(announceUserDataWritten);
            setRemoved(null);
          }}
          onClose={() => setRemoved(null)}
        />
      ) : null}
    </main>
  );
}
