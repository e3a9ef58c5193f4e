import { useState } from 'react';
import type { Summary } from '@/lib/pack/schema';
import { isKeySentence } from '@/lib/paper/best-summary';
import { SummaryLabel } from './summary-label';
import { SummaryText } from './summary-text';
import { PressButton } from './press-button';

/** Summaries longer than this show folded, with "more". */
const FOLD_CHARS = 480;

interface SummaryListProps {
  summaries: Summary[];
  /** How many show before "all summaries"; the rest unfold on request. */
  limit: number;
  /** Offered beside each summary where the user can hide its source everywhere. */
  onHideSource?(source: string): void;
  /** The level of each summary's heading, one under the heading of what holds the list. */
  headingLevel?: 3 | 4;
}

/**
 * Every summary with its source, date and what wrote it (a model, or the abstract's own words); long
 * ones folded.
 */
export function SummaryList({ summaries, limit, onHideSource, headingLevel = 3 }: SummaryListProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? summaries : summaries.slice(0, limit);
  return (
    <>
      {shown.map((summary, i) => (
        <FoldedSummary key={`${summary.source}:${i}`} summary={summary} onHideSource={onHideSource} headingLevel={headingLevel} />
      ))}
      {summaries.length > shown.length ? (
        <PressButton className="lens-link" onPress={() => setShowAll(true)}>
          All {summaries.length} summaries
        </PressButton>
      ) : null}
    </>
  );
}

function FoldedSummary({ summary, onHideSource, headingLevel }: { summary: Summary; onHideSource?(source: string): void; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  const long = summary.text.length > FOLD_CHARS;
  const [open, setOpen] = useState(!long);
  const text = open ? summary.text : `${summary.text.slice(0, FOLD_CHARS).replace(/\s+\S*$/, '')}…`;
  return (
    <article className="lens-summary" data-summary-source={summary.source}>
      <Heading className="lens-source">
        {summary.sourceUrl ? (
          <a href={summary.sourceUrl} target="_blank" rel="noopener noreferrer">
            {summary.source}
          </a>
        ) : (
          summary.source
        )}
        {summary.date ? <time dateTime={summary.date}> · {summary.date.slice(0, 10)}</time> : null}
        <SummaryLabel summary={summary} />
        {/* Hiding would not reach a key sentence: it is picked on the page, not in the background's merge. */}
        {onHideSource && !isKeySentence(summary) ? (
          <PressButton
            className="lens-hide-source"
            data-action="hide-source"
            aria-label={`Hide summaries from ${summary.source} everywhere`}
            title={`Hide summaries from ${summary.source} everywhere`}
            onPress={() => onHideSource(summary.source)}
          >
            ×
          </PressButton>
        ) : null}
      </Heading>
      <SummaryText text={text} />
      {long ? (
        <PressButton className="lens-link" aria-expanded={open} onPress={() => setOpen(!open)}>
          {open ? 'less' : 'more'}
        </PressButton>
      ) : null}
    </article>
  );
}
