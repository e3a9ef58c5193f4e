interface TagListProps {
  curated: string[];
  user: string[];
}

/** The paper's tags: curated ones from packs, then the user's own, each once. */
export function TagList({ curated, user }: TagListProps) {
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
        </li>
      ))}
    </ul>
  );
}
