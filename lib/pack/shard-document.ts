import { PackError, parseJson } from './parse';
import { PACK_FORMAT } from './schema';

/**
 * A pack in lines, for a feed's shards: the pack's fields but its papers on the first line (with
 * this format), the array of its papers' ids on the second, then each paper on a line of its own, in
 * that order. A page that needs a few papers of a month's shard parses those lines alone; the whole
 * shard is read as the pack it stands for before it is stored.
 */
export const PACK_LINES_FORMAT = 'arxiv-lens-pack-lines';

/** A shard's JSON, its papers parsed only when asked for; what any of it holds is the pack schema's to judge. */
export interface ShardDocument {
  /** The pack's fields but its papers, `format` as a pack's. */
  header: unknown;
  /** Each paper's id, in order: what a pack document's papers give as `id`, or its ids line; null when it has no papers array. */
  ids: readonly unknown[] | null;
  /** The `index`th paper's JSON; a PackError when its line is not JSON. */
  paper(index: number): unknown;
  /** The pack it stands for, all its papers parsed; a PackError when a line is not JSON. */
  pack(): unknown;
}

const NEWLINE = 10;

/** Reads a shard's text, a pack document or a pack in lines; anything that is neither JSON nor lines is a PackError. */
export function readShardDocument(text: string): ShardDocument {
  const firstLineEnd = text.indexOf('\n');
  // Only a line that names the format is parsed on its own: a pack on one line would be parsed twice.
  const line = firstLineEnd > 0 ? text.slice(0, firstLineEnd) : '';
  const first = line.includes(`"${PACK_LINES_FORMAT}"`) ? firstLine(line) : undefined;
  if (first?.format === PACK_LINES_FORMAT) return packInLines(text, first, firstLineEnd);
  return packDocument(parseJson(text));
}

/** The first line's JSON when it is an object on its own; a pretty-printed pack's first line is not. */
function firstLine(line: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(line);
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function packDocument(json: unknown): ShardDocument {
  const papers = (json as { papers?: unknown } | null)?.papers;
  return {
    header: json,
    ids: Array.isArray(papers) ? papers.map((paper) => (paper as { id?: unknown } | null)?.id) : null,
    paper: (index) => (papers as unknown[])[index],
    pack: () => json,
  };
}

function packInLines(text: string, first: Record<string, unknown>, firstLineEnd: number): ShardDocument {
  const header = { ...first, format: PACK_FORMAT };
  const starts: number[] = [];
  for (let at = firstLineEnd + 1; at < text.length;) {
    const end = text.indexOf('\n', at);
    starts.push(at);
    at = end === -1 ? text.length : end + 1;
  }
  const line = (n: number) => {
    const start = starts[n]!;
    const end = n + 1 < starts.length ? starts[n + 1]! - 1 : text.charCodeAt(text.length - 1) === NEWLINE ? text.length - 1 : text.length;
    try {
      return JSON.parse(text.slice(start, end)) as unknown;
    } catch (error) {
      throw new PackError(`Line ${n + 2} is not JSON: ${(error as Error).message}`);
    }
  };
  if (starts.length === 0) throw new PackError('A pack in lines without its ids line');
  const ids = line(0);
  if (!Array.isArray(ids)) throw new PackError("A pack in lines whose second line is not its papers' ids");
  if (ids.length !== starts.length - 1) throw new PackError(`A pack in lines naming ${ids.length} papers on ${starts.length - 1} lines`);
  const paper = (index: number) => line(index + 1);
  return { header, ids, paper, pack: () => ({ ...header, papers: ids.map((_, index) => paper(index)) }) };
}
