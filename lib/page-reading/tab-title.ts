/**
 * The paper's title from a tab's title: arXiv shows "[2405.20519] Title", Hugging Face
 * "Paper page - Title"; a PDF tab's title is only the file name, which says nothing.
 */
export function paperTitleFromTab(tabTitle: string | undefined): string | undefined {
  if (!tabTitle) return undefined;
  const arxiv = /^\[[^\]]+\]\s*(.+)$/.exec(tabTitle);
  if (arxiv) return arxiv[1]!.trim();
  const hf = /^Paper page - (.+)$/.exec(tabTitle);
  if (hf) return hf[1]!.trim();
  return undefined;
}
