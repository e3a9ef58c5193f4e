import type { PaperInfo } from '@/lib/messaging-schemas';
import { SummaryText } from './summary-text';
import { TagList } from './tag-list';

interface SummaryPanelProps {
  id: string;
  info: PaperInfo;
}

/** The block after an abstract: every curated summary with its source and date, and the tags. */
export function SummaryPanel({ id, info }: SummaryPanelProps) {
  return (
    <section className="lens-panel" aria-label={`arXiv Lens: curated notes on ${id}`}>
      <header className="lens-header">
        <span className="lens-brand">arXiv Lens</span>
        <span className="lens-id">{id}</span>
      </header>
      {info.summaries.length === 0 ? (
        <p className="lens-empty">No curated summary for this paper yet.</p>
      ) : (
        info.summaries.map((summary, i) => (
          <article key={i} className="lens-summary" data-summary-source={summary.source}>
            <h3 className="lens-source">
              {summary.source}
              {summary.date ? <time dateTime={summary.date}> · {summary.date}</time> : null}
            </h3>
            <SummaryText text={summary.text} />
          </article>
        ))
      )}
      <TagList curated={info.curatedTags} user={info.userTags} />
    </section>
  );
}
