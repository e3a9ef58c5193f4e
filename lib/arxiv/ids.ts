export interface ArxivId {
  /** Canonical identifier without version: `2405.20519`, `hep-th/9901001`. */
  id: string;
  version?: number;
}

export interface FoundArxivId extends ArxivId {
  /** The text that named the paper, as it stands in the input. */
  match: string;
  index: number;
}

/** Every archive that ever took old-style identifiers, retired ones included. */
export const OLD_STYLE_ARCHIVES: ReadonlySet<string> = new Set([
  'acc-phys',
  'adap-org',
  'alg-geom',
  'ao-sci',
  'astro-ph',
  'atom-ph',
  'bayes-an',
  'chao-dyn',
  'chem-ph',
  'cmp-lg',
  'comp-gas',
  'cond-mat',
  'cs',
  'dg-ga',
  'funct-an',
  'gr-qc',
  'hep-ex',
  'hep-lat',
  'hep-ph',
  'hep-th',
  'math',
  'math-ph',
  'mtrl-th',
  'nlin',
  'nucl-ex',
  'nucl-th',
  'patt-sol',
  'physics',
  'plasm-ph',
  'q-alg',
  'q-bio',
  'quant-ph',
  'solv-int',
  'supr-con',
]);

const VERSION = String.raw`(?:v([1-9]\d*))?`;
const NEW_STYLE = String.raw`(\d{2})(\d{2})\.(\d{4,5})` + VERSION;
const OLD_STYLE = String.raw`([a-z][a-z-]*[a-z])(?:\.[a-z][a-z-]*)?\/+(\d{2})(\d{2})(\d{3})` + VERSION;
/** A bare identifier may be followed by a further path (`hep-th/9901001/extra`), as arXiv's own parser allows. */
const BARE_ID = new RegExp(String.raw`^(?:arxiv[:.]\s*)?\/*(?:${NEW_STYLE}|${OLD_STYLE})(?:\/.*)?$`, 'i');

function newStyle(yy: string, mm: string, num: string, version: string | undefined): ArxivId | null {
  const year = Number(yy);
  const month = Number(mm);
  if (month < 1 || month > 12) return null;
  if (year < 7 || (year === 7 && month < 4)) return null;
  // Four-digit numbers ran from 0704 to 1412, five-digit ones from 1501 on.
  if (num.length !== (year < 15 ? 4 : 5)) return null;
  if (Number(num) === 0) return null;
  return withVersion(`${yy}${mm}.${num}`, version);
}

function oldStyle(archive: string, yy: string, mm: string, num: string, version: string | undefined): ArxivId | null {
  const name = archive.toLowerCase();
  if (!OLD_STYLE_ARCHIVES.has(name)) return null;
  const year = Number(yy);
  const month = Number(mm);
  if (month < 1 || month > 12) return null;
  // Old-style identifiers ran from August 1991 to March 2007.
  const inRange = (year >= 91 && (year > 91 || month >= 8)) || year < 7 || (year === 7 && month <= 3);
  if (!inRange || Number(num) === 0) return null;
  return withVersion(`${name}/${yy}${mm}${num}`, version);
}

function withVersion(id: string, version: string | undefined): ArxivId {
  return version ? { id, version: Number(version) } : { id };
}

function parseBareId(text: string): ArxivId | null {
  const m = BARE_ID.exec(text);
  if (!m) return null;
  if (m[1] !== undefined) return newStyle(m[1], m[2]!, m[3]!, m[4]);
  return oldStyle(m[5]!, m[6]!, m[7]!, m[8]!, m[9]);
}

type PathReader = (path: string) => string | null;

/** The part of a path that names the paper, after a leading route such as `/abs/`. */
function after(pattern: RegExp): PathReader {
  return (path) => pattern.exec(path)?.[1] ?? null;
}

const arxivPaths: PathReader[] = [
  after(/^\/(?:abs|pdf|html|format|ps|src)\/+(.+)$/i),
  // FTP mirror paths: /ftp/arxiv/papers/1110/1110.2832.pdf and /ftp/cond-mat/papers/0408/0408502.pdf.
  (path) => {
    const m = /^\/ftp\/([a-z-]+)\/papers\/\d{4}\/([^/]+?)(?:\.pdf)?$/i.exec(path);
    if (!m) return null;
    return m[1]!.toLowerCase() === 'arxiv' ? m[2]! : `${m[1]}/${m[2]}`;
  },
];

const PAPER_PATHS: Record<string, PathReader[]> = {
  'arxiv.org': arxivPaths,
  'www.arxiv.org': arxivPaths,
  'export.arxiv.org': arxivPaths,
  'ar5iv.labs.arxiv.org': [after(/^\/(?:html|abs)\/+(.+)$/i)],
  'ar5iv.org': [after(/^\/(?:html|abs)\/+(.+)$/i)],
  'huggingface.co': [after(/^\/papers\/(.+)$/i)],
  'alphaxiv.org': [after(/^\/(?:abs|overview|replicate|audio|pdf)\/+(.+)$/i)],
  'www.alphaxiv.org': [after(/^\/(?:abs|overview|replicate|audio|pdf)\/+(.+)$/i)],
  'doi.org': [after(/^\/10\.48550\/(arxiv\..+)$/i)],
  'dx.doi.org': [after(/^\/10\.48550\/(arxiv\..+)$/i)],
};

const URL_LIKE = /^(?:(https?):\/\/)?([a-z0-9.-]+\.[a-z]{2,})(\/[^?#]*)?(?:[?#].*)?$/i;

function parseUrl(text: string): ArxivId | null | undefined {
  const m = URL_LIKE.exec(text);
  if (!m) return undefined;
  const host = m[2]!.toLowerCase();
  const readers = PAPER_PATHS[host];
  // Without a scheme, "math.NA/9901123" looks like a host: only known hosts make it a URL.
  if (!readers) return m[1] ? null : undefined;
  const path = m[3] ?? '/';
  for (const read of readers) {
    const rest = read(path);
    if (rest === null) continue;
    const trimmed = rest.replace(/\/+$/, '').replace(/\.pdf$/i, '');
    return parseBareId(trimmed);
  }
  return null;
}

/**
 * Reads one arXiv identifier from an id, an `arXiv:` reference, a DOI or a paper URL.
 * Returns the canonical id (no version, no subject class) or null when the input names no arXiv paper.
 */
export function parseArxivId(input: string): ArxivId | null {
  const text = input.trim();
  if (!text) return null;
  const fromUrl = parseUrl(text);
  if (fromUrl !== undefined) return fromUrl;
  const doi = /^10\.48550\/(arxiv\..+)$/i.exec(text);
  return parseBareId(doi ? doi[1]! : text);
}

/**
 * Whether text is a paper's canonical id as stored and exchanged: exactly what `parseArxivId` makes
 * of it, so no version, URL, `arXiv:` prefix or subject class.
 */
export function isCanonicalArxivId(text: string): boolean {
  // Packs hold a hundred thousand ids, nearly all new-style: those need no URL or prefix read.
  const m = CANONICAL_NEW_STYLE.exec(text);
  if (m) return newStyle(m[1]!, m[2]!, m[3]!, undefined) !== null;
  return parseArxivId(text)?.id === text;
}

const CANONICAL_NEW_STYLE = /^(\d{2})(\d{2})\.(\d{4,5})$/;

/**
 * Candidates in free text. A new-style id must not touch other digits or letters (so astronomical
 * numbers like `2451435.4353` are not ids); an old-style one is taken from its first seven digits,
 * as arXiv's own linkifier does.
 */
const CANDIDATES =
  /(?<![\w.-])(?:arxiv[:.]\s*)?(?:(?<old>[a-z][a-z-]*[a-z](?:\.[a-z][a-z-]*)?\/\d{7}(?:v[1-9]\d*)?)|(?<new>(?<!\d)\d{4}\.\d{4,5}(?:v[1-9]\d*)?)(?!\w|\.\d))/gi;

/** Every distinct arXiv identifier named in a text, in order of first appearance. */
export function findArxivIds(text: string): FoundArxivId[] {
  const found: FoundArxivId[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(CANDIDATES)) {
    const token = m.groups!.old ?? m.groups!.new!;
    const parsed = parseBareId(token);
    if (!parsed || seen.has(parsed.id)) continue;
    seen.add(parsed.id);
    found.push({ ...parsed, match: m[0], index: m.index });
  }
  return found;
}

/** The abstract page of a paper, the one URL every page kind links to. */
export function absUrl(id: string, version?: number): string {
  return `https://arxiv.org/abs/${id}${version ? `v${version}` : ''}`;
}
