import { describe, expect, it } from 'vitest';
import { readBibtex } from '@/lib/exchange/bibtex-reader';
import { EXPORT_FORMATS } from '@/lib/exchange/formats';
import { decodeLatex } from '@/lib/exchange/latex';
import { type ExportFormat, type UserPaper, UserPaperSchema } from '@/lib/exchange/types';
import { PackPaperSchema } from '@/lib/pack/schema';
import { validatedPaper } from '@/lib/source-apis/validated-paper';
import { readCsv } from '../helpers/csv';

/** The review's reproduction: a DOI that closes BibTeX's value and reads a file on the reader's machine. */
const REVIEW_DOI = '10.1234/x},note={\\input{/etc/passwd}},';
/** Everything a value could use to escape: BibTeX braces and commands, new RIS tags, a new BibTeX entry, spreadsheet formulas. */
const HOSTILE = `},note={\\input{/etc/passwd}},\n@misc{evil, title={x}}\r\nER  - \nTY  - JOUR\u2028KW  - x\u0085N1  - y\v\f=cmd|' /c calc'!A1 % # & _ $ ^ ~`;
const FORMULAS = ['=HYPERLINK("https://evil.example")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

const NOW = new Date('2024-06-09T12:00:00Z');
const hostile: UserPaper = {
  id: '2405.20519',
  title: HOSTILE,
  authors: [HOSTILE, ...FORMULAS],
  published: `2024${HOSTILE}`,
  primaryClass: HOSTILE,
  doi: REVIEW_DOI,
  journalRef: HOSTILE,
  comment: HOSTILE,
  saved: { state: 'reading', addedAt: NOW.getTime(), updatedAt: NOW.getTime() },
  tags: [HOSTILE, ...FORMULAS],
  note: { text: `${FORMULAS[0]}\n${HOSTILE}`, updatedAt: NOW.getTime() },
  summaries: [{ source: HOSTILE, text: `${FORMULAS[1]} ${HOSTILE}` }],
};
const plain: UserPaper = {
  id: '1706.03762',
  title: 'Attention Is All You Need',
  authors: ['Ashish Vaswani'],
  doi: '10.48550/arXiv.1706.03762',
  primaryClass: 'cs.CL',
  saved: { state: 'done', addedAt: NOW.getTime(), updatedAt: NOW.getTime() },
  tags: ['transformers'],
};
/** An id no reader made canonical, as a damaged database could hold: it would go into keys and links unescaped. */
const badId: UserPaper = { ...plain, id: '1706.03762},\\input{x}' };
const PAPERS = [hostile, plain, badId];
const EXPORTED = [hostile, plain];

/** How each format is read back the way a reader of it reads it, and what must hold then. */
const READ_BACK: Record<ExportFormat['id'], (text: string) => void> = {
  backup(text) {
    expect(JSON.parse(text).papers).toEqual(PAPERS);
  },
  bibtex(text) {
    const entries = readBibtex(text);
    expect(entries.map((entry) => entry.fields.get('eprint'))).toEqual(EXPORTED.map((paper) => paper.id));
    const allowed = ['title', 'author', 'year', 'eprint', 'archiveprefix', 'primaryclass', 'journal', 'doi', 'url', 'keywords', 'annote'];
    for (const entry of entries) {
      expect(entry.key).toMatch(/^[a-z]+\d{4}_[0-9_]+$/);
      expect([...entry.fields.keys()].filter((name) => !allowed.includes(name))).toEqual([]);
      for (const value of entry.fields.values()) expect(value).not.toMatch(/\\input/);
    }
    const [bad, good] = entries;
    // Read back, the title is the text it was, spaces folded as BibTeX folds them.
    expect(decodeLatex(bad!.fields.get('title')!)).toBe(oneLineOf(HOSTILE).replace(/\s+/g, ' '));
    expect(decodeLatex(bad!.fields.get('annote')!, { keepLines: true })).toBe(hostile.note!.text.trim());
    expect(bad!.fields.get('year')).toBe('2024');
    expect(bad!.fields.has('doi')).toBe(false);
    expect(bad!.fields.has('primaryclass')).toBe(false);
    expect(good!.fields.get('doi')).toBe(plain.doi);
    expect(good!.fields.get('primaryclass')).toBe('cs.CL');
  },
  csv(text) {
    const rows = readCsv(text.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(EXPORTED.length + 1);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const column = (name: string) => rows[1]![rows[0]!.indexOf(name)]!;
    expect(column('title')).toBe(HOSTILE);
    expect(column('note')).toBe(`'${hostile.note!.text}`);
    expect(column('authors')).toBe(hostile.authors!.join('; '));
  },
  ris(text) {
    // Records are separated by an empty line; every other line is a tag and its value.
    const lines = text.split('\r\n').filter(Boolean);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- [^\r\n\v\f\u0085\u2028\u2029]*$/);
    expect(lines.filter((line) => line.startsWith('TY  - '))).toEqual(['TY  - UNPB', 'TY  - UNPB']);
    expect(lines.filter((line) => line.startsWith('ER  - '))).toHaveLength(EXPORTED.length);
    expect(lines).toContain(`TI  - ${oneLineOf(HOSTILE)}`);
  },
};

function oneLineOf(text: string): string {
  // eslint-disable-next-line no-control-regex -- the line-breaking characters are what is folded
  return text.replace(/\s*[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]+\s*/g, ' ').trim();
}

describe('hostile exports', () => {
  it('the review’s DOI is refused by the pack schema, by imports and from a source’s answer', () => {
    const packPaper = { id: '2405.20519', title: 'A paper', tags: [], summaries: [] };
    expect(PackPaperSchema.safeParse({ ...packPaper, doi: REVIEW_DOI }).success).toBe(false);
    expect(PackPaperSchema.safeParse({ ...packPaper, doi: '10.1000/a b' }).success).toBe(false);
    expect(PackPaperSchema.safeParse({ ...packPaper, doi: '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0' }).success).toBe(true);
    expect(UserPaperSchema.safeParse({ id: '2405.20519', tags: ['x'], doi: REVIEW_DOI }).success).toBe(false);
    expect(validatedPaper({ ...packPaper, doi: REVIEW_DOI })).toEqual({ ...packPaper });
  });

  it.each(EXPORT_FORMATS.map((format) => [format.id, format] as const))(
    '%s: no field from a pack, a source or an import escapes its value',
    (id, format) => {
      const readBack = READ_BACK[id];
      expect(readBack, `a hostile-export check for the ${id} format`).toBeTypeOf('function');
      readBack(format.serialize(PAPERS, NOW));
    },
  );
});
