import type { TodayFigures } from '@/lib/list-memory/today';

/** What the lists opened today brought: new papers, and how many were triaged, saved, summarized and ranked for the user. */
export function TodayLine({ figures }: { figures: TodayFigures }) {
  const { listings, fresh, triaged, saved, summarized, forYou } = figures;
  return (
    <p className="popup-today" data-today>
      <strong>Today</strong>: <span data-today-count="new">{fresh} new</span> on {listings} {listings === 1 ? 'list' : 'lists'} ·{' '}
      <span data-today-count="triaged">{triaged} triaged</span> · <span data-today-count="saved">{saved} saved</span> ·{' '}
      <span data-today-count="summarized">{summarized} summarized</span> · <span data-today-count="for-you">{forYou} for you</span>
    </p>
  );
}
