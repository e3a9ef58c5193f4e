import { memo } from 'react';
import { sameItems } from '@/lib/same-items';
import type { Summary } from '@/lib/pack/schema';
import { isKeySentence } from '@/lib/paper/best-summary';
import type { PaperInfo } from '@/lib/paper/paper-info';
import { ActionError } from './action-error';
import type { PaperActions } from './paper-actions';
import { SaveButton } from '../common/save-button';
import { SummaryLine } from './summary-line';
import { SummaryList } from '../common/summary-list';
import { TagInput } from '../common/tag-input';
import { TagList } from '../common/tag-list';
import { PressButton } from '@/components/common/press-button';

interface PaperRowProps {
  id: string;
  info: PaperInfo;
  /** What the row shows of the paper, best first (`shownSummaries`): its summaries, or its abstract's key sentence. */
  summaries: Summary[];
  /** The abstract, when the page does not show it. */
  abstract?: string;
  suggestions: string[];
  expanded: boolean;
  summaryLimit: number;
  actions: PaperActions;
  onExpandedChange(expanded: boolean): void;
  /** Whether the tag field is open instead of the "+ tag" button. */
  tagging: boolean;
  onTaggingChange(tagging: boolean): void;
  /** Set when the paper is among the list's best matches for the user's own papers. */
  forYou?: { tag?: string; words: string[] };
  /** Why the last save or tag of this paper failed, until one succeeds. */
  error?: string;
}

/**
 * The compact controls beside a paper in a list: a marker when a curated summary exists (it
 * unfolds every summary under the links), the tags, a Save toggle and quick tagging; under them,
 * the paper's best summary in one line.
 */
export function PaperRow({
  id,
  info,
  summaries,
  abstract,
  suggestions,
  expanded,
  summaryLimit,
  actions,
  onExpandedChange,
  tagging,
  onTaggingChange,
  forYou,
  error,
}: PaperRowProps) {
  const count = summaries.filter((s) => !isKeySentence(s)).length;
  const best = summaries[0];
  return (
    <span className={tagging ? 'lens-row lens-row-tagging' : 'lens-row'} aria-label={`arXiv Lens: ${id}`}>
      <span className="lens-row-line">
        {forYou ? (
          <span
            className="lens-for-you"
            data-for-you-marker
            title={`Like your ${forYou.tag ? `“${forYou.tag}” papers` : 'reading list'}: ${forYou.words.join(', ')}`}
          >
            for you{forYou.tag ? ` · ${forYou.tag}` : ''}
            {forYou.words.length > 0 ? ` · ${forYou.words.slice(0, 3).join(', ')}` : ''}
          </span>
        ) : null}
        {count > 0 ? (
          <PressButton
            className="lens-marker"
            data-summarized="true"
            aria-expanded={expanded}
            title={summaries.map((s) => s.source).join(', ')}
            onPress={() => onExpandedChange(!expanded)}
          >
            {count === 1 ? 'summary' : `${count} summaries`}
          </PressButton>
        ) : null}
        <RowControls
          saved={info.saved}
          curatedTags={info.curatedTags}
          userTags={info.userTags}
          suggestions={suggestions}
          tagging={tagging}
          onTaggingChange={onTaggingChange}
          actions={actions}
          error={error}
        />
      </span>
      {expanded && count > 0 ? (
        <span className="lens-row-summaries">
          {/* A list's entries sit under its h3 sections (arXiv's listings and catchup, Hugging Face's cards). */}
          <SummaryList summaries={summaries} limit={summaryLimit} onHideSource={actions.hideSource} headingLevel={4} />
        </span>
      ) : best ? (
        <SummaryLine summary={best} abstract={abstract} />
      ) : null}
    </span>
  );
}

interface RowControlsProps {
  saved: PaperInfo['saved'];
  curatedTags: string[];
  userTags: string[];
  suggestions: string[];
  tagging: boolean;
  onTaggingChange(tagging: boolean): void;
  actions: PaperActions;
  error?: string;
}

/**
 * Save, the tags and their field: drawn again only when one of them changes. A source's answer
 * brings a row a summary and each paper's answer anew, tags and all, equal to what it had.
 */
const RowControls = memo(
  function RowControls({ saved, curatedTags, userTags, suggestions, tagging, onTaggingChange, actions, error }: RowControlsProps) {
    return (
      <>
        <SaveButton saved={saved} compact onToggle={actions.toggleSave} />
        <TagList curated={curatedTags} user={userTags} onRemove={actions.removeTag} />
        {tagging ? (
          <TagInput
            autoFocus
            suggestions={suggestions}
            existing={[...curatedTags, ...userTags]}
            onAdd={actions.addTag}
            onTextChange={actions.suggestTags}
            onDone={() => onTaggingChange(false)}
          />
        ) : (
          <PressButton className="lens-button lens-add-tag" aria-label="Add a tag" onPress={() => onTaggingChange(true)}>
            + tag
          </PressButton>
        )}
        {error ? <ActionError message={error} /> : null}
      </>
    );
  },
  (a, b) =>
    a.saved?.state === b.saved?.state &&
    a.saved?.addedAt === b.saved?.addedAt &&
    sameItems(a.curatedTags, b.curatedTags) &&
    sameItems(a.userTags, b.userTags) &&
    a.suggestions === b.suggestions &&
    a.tagging === b.tagging &&
    a.onTaggingChange === b.onTaggingChange &&
    a.actions === b.actions &&
    a.error === b.error,
);
