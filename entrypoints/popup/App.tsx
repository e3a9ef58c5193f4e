import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { CurrentPaper } from '@/components/popup/current-paper';
import { ReadingList } from '@/components/popup/reading-list';
import { TodayLine } from '@/components/popup/today-line';
import { UndoBar } from '@/components/popup/undo-bar';
import { db, type ReadingEntry } from '@/lib/db/db';
import { lookup } from '@/lib/reads/lookup';
import { shownSummaries } from '@/lib/paper/best-summary';
import { joinReadingItems, loadKnownPaper, loadPackSide, loadUserSide } from '@/lib/reads/reading-view';
import { readToday } from '@/lib/list-memory/today';
import { tagSuggestions } from '@/lib/user-data/user-tags';
import { FIRST_SCREEN, type Opening } from './opening';
import { popupWrites } from './popup-writes';
import { useCurrentTabPaper } from './use-current-tab-paper';
import { useHiddenSources } from './use-hidden-sources';

export function App({ opening }: { opening: Opening }) {
  const tabPaper = useCurrentTabPaper();
  // The first screen was read before the first render (`readOpening`); the whole list follows it.
  const { first } = opening;
  // Counted ahead of the whole list's read, which takes longer: until it is in, the count is the
  // list's size (IndexedDB counts a store by walking it, so not before the first render).
  const counted = useLiveQuery(() => db.readingList.count(), []);
  const user = useLiveQuery(() => loadUserSide(db), []);
  const ids = useMemo(() => user?.entries.map((e) => e.id) ?? [], [user]);
  const idsKey = ids.join(' ');
  // Pack titles and summaries follow the whole list; they change only with the set of papers.
  const packs = useLiveQuery(async () => (ids.length ? loadPackSide(db, ids) : undefined), [idsKey]);
  const mergeOptions = useHiddenSources(opening.mergeOptions);
  const items = useMemo(() => {
    // Until the whole pack side is read, the first screen's keeps its titles.
    if (user) return joinReadingItems(user, packs ?? first?.packs, mergeOptions);
    return first ? joinReadingItems(first.user, first.packs, mergeOptions) : undefined;
  }, [first, user, packs, mergeOptions]);
  const listed = user !== undefined;
  // A first screen that is not full is the whole list.
  const total = listed || (first && first.user.entries.length < FIRST_SCREEN) ? items?.length : counted;
  const suggestions = useLiveQuery(() => tagSuggestions(db), [], []);
  const current = useLiveQuery(
    async () =>
      tabPaper
        ? { info: (await lookup(db, { ids: [tabPaper.id], titles: {} }, mergeOptions))[tabPaper.id]!, pack: await loadKnownPaper(db, tabPaper.id) }
        : null,
    [tabPaper?.id, mergeOptions],
  );
  const today = useLiveQuery(async () => (listed ? readToday(db, mergeOptions) : null), [listed, mergeOptions]);
  const [removed, setRemoved] = useState<ReadingEntry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const writes = useMemo(() => popupWrites(db, setRemoved, setError), []);

  return (
    <main className="popup">
      <header className="popup-head">
        <h1 className="popup-title">
          <span className="lens-brand">arXiv Lens</span>
        </h1>
        <a className="lens-link" href="/options.html" target="_blank" rel="noopener">
          Packs, settings and your data
        </a>
      </header>
      {tabPaper && current ? (
        <CurrentPaper
          id={tabPaper.id}
          title={current.pack.title ?? tabPaper.title}
          info={current.info}
          summaries={shownSummaries(current.info.summaries, () => current.pack.abstract, current.pack.title ?? tabPaper.title)}
          onToggleSave={() => void (current.info.saved ? writes.unsave(tabPaper.id) : writes.save(tabPaper.id, current.pack.title ?? tabPaper.title))}
          onStateChange={(state) => void writes.setState(tabPaper.id, state)}
        />
      ) : null}
      {today ? <TodayLine figures={today} /> : null}
      {error ? (
        <p className="popup-error" role="alert">
          {error}
        </p>
      ) : null}
      {items === undefined ? (
        <p className="rl-empty">Loading…</p>
      ) : (
        <ReadingList items={items} total={total} suggestions={suggestions} actions={writes} />
      )}
      {removed ? (
        <UndoBar
          message={`Removed “${removed.title ?? removed.id}”`}
          onUndo={() => {
            void writes.restore(removed);
            setRemoved(null);
          }}
          onClose={() => setRemoved(null)}
        />
      ) : null}
    </main>
  );
}
