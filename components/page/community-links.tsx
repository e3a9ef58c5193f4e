import type { PaperInfo } from '@/lib/paper/paper-info';

/** What the community makes of a paper, where a source said: upvotes, citations, code, project page. */
export function CommunityLinks({ info }: { info: PaperInfo }) {
  const { upvotes, citationCount, github, projectPage } = info;
  if (upvotes === undefined && citationCount === undefined && !github && !projectPage) return null;
  return (
    <p className="lens-community" data-community="">
      {upvotes !== undefined ? <span title="Upvotes on Hugging Face Daily Papers">▲ {upvotes} upvotes</span> : null}
      {citationCount !== undefined ? <span title="Citations counted by Semantic Scholar">{citationCount} citations</span> : null}
      {github ? (
        <a href={github.url} target="_blank" rel="noopener noreferrer" data-link="github">
          Code{github.stars !== undefined ? ` ★ ${github.stars}` : ''}
        </a>
      ) : null}
      {projectPage ? (
        <a href={projectPage} target="_blank" rel="noopener noreferrer" data-link="project">
          Project page
        </a>
      ) : null}
    </p>
  );
}
