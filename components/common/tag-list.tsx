import { PressButton } from './press-button';
interface TagListProps {
  curated: string[];
  user: string[];
  /** When given, the user's tags can be removed with a click. */
  onRemove?(tag: string): void;
}

/** The paper's tags: curated ones from packs, then the user's own, each once. */
export function TagList({ curated, user, onRemove }: TagListProps) {
  const own = user.filter((t) => !curated.includes(t));
  if (curated.length === 0 && own.length === 0) return null;
  return (
    <ul className="lens-tags" aria-label="Tags">
      {curated.map((tag) => (
        <li key={`c:${tag}`} className="lens-tag" data-tag={tag}>
          {tag}
        </li>
      ))}
      {own.map((tag) => (
        <li key={`u:${tag}`} className="lens-tag lens-tag-user" data-tag={tag}>
          {tag}
          {onRemove ? (
            <PressButton className="lens-tag-remove" aria-label={`Remove tag ${tag}`} onPress={() => onRemove(tag)}>
              ×
            </PressButton>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
