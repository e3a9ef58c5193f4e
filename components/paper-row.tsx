import type { PaperInfo } from '@/lib/messaging-schemas';
import { TagList } from './tag-list';

interface PaperRowProps {
  id: string;
  info: PaperInfo;
}

/** The compact controls beside a paper in a list: a marker when a curated summary exists, and its tags. */
export function PaperRow({ id, info }: PaperRowProps) {
  const count = info.summaries.length;
  return (
    <span className="lens-row" aria-label={`arXiv Lens: ${id}`}>
      {count > 0 ? (
        <span className="lens-marker" data-summarized="true" title={info.summaries.map((s) => s.source).join(', ')}>
          {count === 1 ? 'summary' : `${count} summaries`}
        </span>
      ) : null}
      <TagList curated={info.curatedTags} user={info.userTags} />
    </span>
  );
}
