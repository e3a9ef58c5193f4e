import type { Summary } from '@/lib/pack/schema';
import { isKeySentence } from '@/lib/paper/best-summary';
import type { PaperInfo } from '@/lib/paper/paper-info';
import { ActionError } from './action-error';
import { CommunityLinks } from './community-links';
import type { PaperActions } from './paper-actions';
import { SaveButton } from '../common/save-button';
import { SourcesOffer } from './sources-offer';
import { SummaryList } from '../common/summary-list';
import { TagInput } from '../common/tag-input';
import { TagList } from '../common/tag-list';
import { PressButton } from '@/components/common/press-button';

interface SummaryPanelProps {
  id: string;
  info: PaperInfo;
  /** What the panel lists, best first (`shownSummaries`): the paper's summaries, or its abstract's key sentence. */
  summaries: Summary[];
  suggestions: string[];
  collapsed: boolean;
  summaryLimit: number;
  /** HTML papers get a tighter panel. */
  compact?: boolean;
  actions: PaperActions;
  onCollapsedChange(collapsed: boolean): void;
  /** The one-time offer of the opt-in sources, while it stands. */
  offer?: { onAccept(): void; onDismiss(): void };
  /** Why the last save, tag or note of this paper failed, until one succeeds. */
  error?: string;
}

/**
 * The block on a paper's own page: every curated summary with its source and date, the best first,
 * the curated and the user's tags, Save, a tag editor and a link to the paper's note. A paper no
 * pack knows gets the same panel with its abstract's key sentence, or with no summary where the
 * abstract is not known, so every paper can be saved and tagged.
 */
export function SummaryPanel({
  id,
  info,
  summaries,
  suggestions,
  collapsed,
  summaryLimit,
  compact,
  actions,
  onCollapsedChange,
  offer,
  error,
}: SummaryPanelProps) {
  const count = summaries.filter((s) => !isKeySentence(s)).length;
  const bodyId = `lens-body-${id.replace(/\W/g, '-')}`;
  return (
    <section className={`lens-panel${compact ? ' lens-compact' : ''}`} aria-label={`arXiv Lens: ${id}`}>
      <header className="lens-header">
        {/* The panel sits under the page's h1 (the paper's title on arXiv and Hugging Face), so it is a section of it. */}
        <h2 className="lens-heading">
          <PressButton className="lens-collapse" aria-expanded={!collapsed} aria-controls={bodyId} onPress={() => onCollapsedChange(!collapsed)}>
            <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span> <span className="lens-brand">arXiv Lens</span>
          </PressButton>
        </h2>
        <span className="lens-count">{count === 0 ? 'no curated summary' : count === 1 ? '1 summary' : `${count} summaries`}</span>
        <span className="lens-spacer" />
        <SaveButton saved={info.saved} onToggle={actions.toggleSave} />
      </header>
      {error ? <ActionError message={error} /> : null}
      {collapsed ? null : (
        <div id={bodyId} className="lens-body">
          {summaries.length === 0 ? (
            <p className="lens-empty">No curated summary for this paper yet.</p>
          ) : (
            <SummaryList summaries={summaries} limit={summaryLimit} onHideSource={actions.hideSource} />
          )}
          <CommunityLinks info={info} />
          {offer ? <SourcesOffer {...offer} /> : null}
          <div className="lens-tag-bar">
            <TagList curated={info.curatedTags} user={info.userTags} onRemove={actions.removeTag} />
            <TagInput
              suggestions={suggestions}
              existing={[...info.curatedTags, ...info.userTags]}
              onAdd={actions.addTag}
              onTextChange={actions.suggestTags}
            />
            <PressButton className="lens-link" onPress={actions.openNote}>
              Add a note
            </PressButton>
          </div>
        </div>
      )}
    </section>
  );
}
