import { useState } from 'react';
import type { Summary } from '@/lib/pack/schema';
import { SummaryLabel } from '../common/summary-label';
import { PressButton } from '@/components/common/press-button';

interface SummaryLineProps {
  summary: Summary;
  /** The paper's abstract, where the page does not show it: the line offers to unfold it. */
  abstract?: string;
}

/** A row's one line: the paper's best summary with its source, and its abstract on request. */
export function SummaryLine({ summary, abstract }: SummaryLineProps) {
  const [open, setOpen] = useState(false);
  return (
    <span className={open ? 'lens-line lens-line-open' : 'lens-line'} data-summary-source={summary.source}>
      <span className="lens-line-head">
        <span className="lens-line-source">{summary.source}</span>
        <SummaryLabel summary={summary} />
        {abstract ? (
          <PressButton className="lens-link lens-line-toggle" data-action="abstract" aria-expanded={open} onPress={() => setOpen(!open)}>
            Abstract
          </PressButton>
        ) : null}
      </span>
      <span className="lens-line-text">{summary.text}</span>
      {open && abstract ? (
        <span className="lens-line-abstract" data-abstract="">
          {abstract}
        </span>
      ) : null}
    </span>
  );
}
