import { useState } from 'react';
import type { Summary } from '@/lib/pack/schema';
import { SummaryText } from './summary-text';

/** Summaries longer than this show folded, with "more". */
const FOLD_CHARS = 480;

interface SummaryListProps {
  summaries: Summary[];
  /** How many show before "all summaries"; the rest unfold on request. */
  limit: number;
}

/** Every curated summary with its source and date; long ones folded. */
export function SummaryList({ summaries, limit }: SummaryListProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? summaries : summaries.slice(0, limit);
  return (
    <>
      {shown.map((summary, i) => (
        <FoldedSummary key={`${summary.source}:${i}`} summary={summary} />
      ))}
      {summaries.length > shown.length ? (
        <button type="button" className="lens-link" onClick={() => setShowAll(true)}>
          All {summaries.length} summaries
        </button>
      ) : null}
    </>
  );
}

function FoldedSummary({ summary }: { summary: Summary }) {
  const long = summary.text.length > FOLD_CHARS;
  const [open, setOpen] = useState(!long);
  const text = open ? summary.text : `${summary.text.slice(0, FOLD_CHARS).replace(/\s+\S*$/, '')}…`;
  return (
    <article className="lens-summary" data-summary-source={summary.source}>
      <h3 className="lens-source">
        {summary.sourceUrl ? (
          <a href={summary.sourceUrl} target="_blank" rel="noopener noreferrer">
            {summary.source}
          </a>
        ) : (
          summary.source
        )}
        {summary.date ? <time dateTime={summary.date}> · {summary.date}</time> : null}
      </h3>
      <SummaryText text={text} />
      {long ? (
        <button type="button" className="lens-link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'less' : 'more'}
        </button>
      ) : null}
    </article>
  );
}
