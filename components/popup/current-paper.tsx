import type { Summary } from '@/lib/pack/schema';
import type { PaperInfo } from '@/lib/paper/paper-info';
import type { ReadingState } from '@/lib/paper/reading-states';
import { SaveButton } from '../common/save-button';
import { StateSelect } from './state-select';
import { SummaryList } from '../common/summary-list';
import { TagList } from '../common/tag-list';

interface CurrentPaperProps {
  id: string;
  title?: string;
  info: PaperInfo;
  /** Best first (`shownSummaries`): the paper's summaries, or its abstract's key sentence. */
  summaries: Summary[];
  onToggleSave(): void;
  onStateChange(state: ReadingState): void;
}

/**
 * The paper of the current tab, whatever the page kind: a PDF cannot be annotated, so this is
 * where its summary shows.
 */
export function CurrentPaper({ id, title, info, summaries, onToggleSave, onStateChange }: CurrentPaperProps) {
  return (
    <section className="cp" data-testid="current-paper" data-paper-id={id} aria-label="This tab's paper">
      <div className="cp-head">
        <div>
          <h2 className="cp-title">{title ?? id}</h2>
          <div className="ri-id">{id}</div>
        </div>
        <span className="lens-spacer" />
        <SaveButton saved={info.saved} onToggle={onToggleSave} />
        {info.saved ? <StateSelect state={info.saved.state} label="Reading state of this paper" onChange={onStateChange} /> : null}
      </div>
      {summaries.length > 0 ? <SummaryList summaries={summaries} limit={1} /> : <p className="lens-empty">No curated summary for this paper.</p>}
      <TagList curated={info.curatedTags} user={info.userTags} />
    </section>
  );
}
