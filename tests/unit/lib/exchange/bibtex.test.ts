import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bibtexExport, bibtexImport, bibtexKey } from '@/lib/exchange/formats/bibtex';
import { readBibtex } from '@/lib/exchange/bibtex-reader';
import { importUserData } from '@/lib/exchange/import';
import { readSnapshot } from '@/lib/exchange/snapshot';
import { ImportError, type UserPaper } from '@/lib/exchange/types';
import { freshDb } from '../../helpers/packs';
import { dumpDb, NOW, seedLibrary } from './helpers';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/exchange/${name}`, import.meta.url), 'utf8');

const saved = (paper: Partial<UserPaper> & { id: string }): UserPaper => ({
  saved: { state: 'to-read', addedAt: 1, updatedAt: 1 },
  tags: [],
  ...paper,
});

/** What BibTeX carries of a paper; dates and reading states are not part of it. */
const carried = (p: UserPaper) => ({ id: p.id, title: p.title, authors: p.authors, primaryClass: p.primaryClass, tags: p.tags, note: p.note?.text });

describe('BibTeX export', () => {
  it('writes an arXiv @misc entry that citation tools recognise', () => {
    const text = bibtexExport.serialize(
      [
        saved({
          id: '2405.20519',
          title: 'Diffusion On Syntax Trees For Program Synthesis',
          authors: ['Shreyas Kapur', 'Erik Jenner', 'Stuart Russell'],
          published: '2024-05-30',
          primaryClass: 'cs.LG',
          tags: ['diffusion', 'program synthesis'],
          note: { text: 'Edits trees, not tokens.', updatedAt: 1 },
        }),
      ],
      NOW,
    );
    expect(text).toContain(
      [
        '@misc{kapur2024_2405_20519,',
        '  title = {Diffusion On Syntax Trees For Program Synthesis},',
        '  author = {Shreyas Kapur and Erik Jenner and Stuart Russell},',
        '  year = {2024},',
        '  eprint = {2405.20519},',
        '  archivePrefix = {arXiv},',
        '  primaryClass = {cs.LG},',
        '  url = {https://arxiv.org/abs/2405.20519},',
        '  keywords = {diffusion, program synthesis},',
        '  annote = {Edits trees, not tokens.}',
        '}',
      ].join('\n'),
    );
  });

  it('exports the reading list only, and leaves out what is not known', async () => {
    const db = await freshDb();
    await seedLibrary(db);
    const text = bibtexExport.serialize(await readSnapshot(db), NOW);
    expect(readBibtex(text).map((e) => e.fields.get('eprint'))).toEqual(['0704.0001', '1706.03762', '2405.20519', 'hep-th/9711200']);
    expect(text).not.toMatch(/primaryClass|2312\.00752|1412\.6980/);
    expect(text).toContain('@misc{arxiv1997_hep-th_9711200,');
  });

  it('gives keys that are the same on every export and never shared', async () => {
    const db = await freshDb();
    await seedLibrary(db);
    const papers = await readSnapshot(db);
    const keys = (text: string) => readBibtex(text).map((e) => e.key);
    const first = keys(bibtexExport.serialize(papers, NOW));
    expect(keys(bibtexExport.serialize([...papers].reverse(), new Date('2031-01-01'))).sort()).toEqual([...first].sort());
    expect(first).toEqual(['arxiv2007_0704_0001', 'vaswani2017_1706_03762', 'arxiv2024_2405_20519', 'arxiv1997_hep-th_9711200']);

    const sameAuthorSameYear = ['2401.00001', '2401.00002', '2401.10001', 'cs/0101001', 'math/0101001'].map((id) =>
      bibtexKey(saved({ id, authors: ['Jürgen Schmidhuber'], published: '2024-01-02' })),
    );
    expect(new Set(sameAuthorSameYear).size).toBe(5);
    expect(sameAuthorSameYear[0]).toBe('schmidhuber2024_2401_00001');
  });

  it('escapes every BibTeX special character, and the title comes back as it was', () => {
    const titles = [
      'Sets {a, b} and \\emph{c}: 100% of $x_i^2$ & #tags ~ <script>alert(1)</script>',
      'A lone { brace',
      'A lone } brace',
      'Back\\slash at the end\\',
      '\\textbackslash{} written out',
      'Ünïcödé, 中文 and “quotes” stay',
    ];
    const papers = titles.map((title, i) => saved({ id: `2401.0000${i + 1}`, title, note: { text: `${title}\nline two`, updatedAt: 1 } }));
    const text = bibtexExport.serialize(papers, NOW);

    for (const entry of readBibtex(text)) {
      const title = entry.fields.get('title')!;
      // Outside an escape, no special character is left bare.
      expect(title.replace(/\\(?:textbackslash|textbraceleft|textbraceright|textasciicircum|textasciitilde)\{\}|\\[%&#_$]/g, '')).not.toMatch(
        /[\\{}%&#_$^~]/,
      );
    }
    expect(text).toContain('<script>alert(1)</script>');
    const back = bibtexImport.parse(text);
    expect(back.papers.map((p) => p.title)).toEqual(titles);
    expect(back.papers.map((p) => p.note?.text)).toEqual(titles.map((t) => `${t}\nline two`));
  });

  it('keeps names and tags whole that hold a comma or an "and"', () => {
    const paper = saved({
      id: '2401.00001',
      authors: ['Research and Development Team', 'Martin Luther King, Jr.', 'Ada Lovelace'],
      tags: ['nlp', 'c++ & rust, mostly', 'to; do'],
    });
    const [back] = bibtexImport.parse(bibtexExport.serialize([paper], NOW)).papers;
    expect(back!.authors).toEqual(paper.authors);
    expect(back!.tags).toEqual(paper.tags);
  });
});

describe('BibTeX round trip', () => {
  it('export, then import into an empty database, gives back the reading list, titles, tags and notes', async () => {
    const source = await freshDb();
    await seedLibrary(source);
    const exported = await readSnapshot(source);
    const text = bibtexExport.serialize(exported, NOW);

    expect(bibtexImport.parse(text).papers.map(carried)).toEqual(exported.filter((p) => p.saved).map(carried));

    const target = await freshDb();
    const report = await importUserData(target, text, NOW);
    expect(report).toEqual({ format: 'bibtex', added: 4, merged: 0, unchanged: 0, clamped: 0, rejected: [] });
    const restored = await readSnapshot(target);
    const userData = (p: UserPaper) => ({ id: p.id, title: p.title, saved: !!p.saved, tags: p.tags, note: p.note?.text });
    expect(restored.map(userData)).toEqual(exported.filter((p) => p.saved).map(userData));
  });

  it('importing the export again into the same database changes nothing, states included', async () => {
    const db = await freshDb();
    await seedLibrary(db);
    const text = bibtexExport.serialize(await readSnapshot(db), NOW);
    const before = await dumpDb(db);
    const report = await importUserData(db, text, new Date('2030-01-01'));
    expect(report).toMatchObject({ added: 0, merged: 0, unchanged: 4, rejected: [] });
    expect(await dumpDb(db)).toBe(before);
  });
});

describe('BibTeX import', () => {
  it('takes the arXiv papers of a real-world library and names the others', () => {
    const parsed = bibtexImport.parse(fixture('mixed-library.bib'));
    expect(parsed.papers.map((p) => p.id)).toEqual(['1706.03762', '1412.6980', '2405.20519', '2312.00752', 'hep-th/9711200', '1906.02629']);
    expect(parsed.rejected).toEqual([
      { record: '@inproceedings{he2016deep}', reason: 'no arXiv id' },
      { record: '@article{LeCun1998}', reason: 'no arXiv id' },
      { record: '@misc{biorxiv2020}', reason: 'no arXiv id' },
    ]);
    const byId = new Map(parsed.papers.map((p) => [p.id, p]));
    expect(byId.get('1706.03762')).toEqual({
      id: '1706.03762',
      title: 'Attention Is All You Need',
      authors: [
        'Ashish Vaswani',
        'Noam Shazeer',
        'Niki Parmar',
        'Jakob Uszkoreit',
        'Llion Jones',
        'Aidan N. Gomez',
        'Lukasz Kaiser',
        'Illia Polosukhin',
      ],
      saved: { state: 'to-read' },
      tags: ['Computer Science - Computation and Language', 'Computer Science - Machine Learning'],
      // Zotero's "arXiv:1706.03762 [cs]" in note is the reference, not a note; the annote is kept.
      note: { text: 'Comment: 15 pages, 5 figures' },
    });
    expect(byId.get('1412.6980')).toMatchObject({ title: 'Adam: A method for stochastic optimization', authors: ['Diederik P Kingma', 'Jimmy Ba'] });
    expect(byId.get('2405.20519')).toMatchObject({ primaryClass: 'cs.LG', authors: ['Shreyas Kapur', 'Erik Jenner', 'Stuart Russell'] });
    expect(byId.get('2312.00752')!.title).toBe('Mamba: Linear-Time Sequence Modeling with Selective State Spaces');
    expect(byId.get('hep-th/9711200')!.title).toBe('The Large N Limit of Superconformal Field Theories and Supergravity');
    expect(byId.get('1906.02629')).toMatchObject({
      authors: ['Rafael Müller', 'Simon Kornblith', 'Geoffrey Hinton'],
      tags: ['label smoothing', 'calibration'],
      note: { text: 'Read with the group in May: 50% of the claims hold' },
    });
  });

  it('reports the fixture in the database: papers saved, tags cleaned, nothing else touched', async () => {
    const db = await freshDb();
    const report = await importUserData(db, fixture('mixed-library.bib'), NOW);
    expect(report).toMatchObject({ format: 'bibtex', added: 6, merged: 0, unchanged: 0 });
    expect(report.rejected.map((r) => r.record)).toEqual(['@inproceedings{he2016deep}', '@article{LeCun1998}', '@misc{biorxiv2020}']);
    expect(await db.readingList.count()).toBe(6);
    expect((await db.readingList.get('1706.03762'))!).toEqual({
      id: '1706.03762',
      title: 'Attention Is All You Need',
      addedAt: NOW.getTime(),
      updatedAt: NOW.getTime(),
      state: 'to-read',
    });
    expect((await db.userTags.get('1706.03762'))!.tags).toEqual([
      'computer science - computation and language',
      'computer science - machine learning',
    ]);
  });

  it('finds the id in eprint, url, an arXiv DOI, or the journal text', () => {
    const ids = bibtexImport
      .parse(
        `
      @misc{a, eprint = {arXiv:2401.00001v3}}
      @misc{b, eprint = {2401.00002}, archivePrefix = {arXiv}}
      @misc{c, eprint = {123}, archivePrefix = {SSRN}, url = {https://arxiv.org/pdf/2401.00003v2}}
      @misc{d, doi = {10.48550/arXiv.2401.00004}}
      @misc{e, doi = {https://doi.org/10.48550/arXiv.2401.00005}}
      @article{f, journal = {arXiv preprint arXiv:2401.00006}}
      @misc{g, note = {Also at arXiv:hep-th/9901001}}
      @misc{h, howpublished = {\\url{https://arxiv.org/abs/2401.00008}}}
      @misc(i, eprint = "2401.00009")
      @misc{j, url = {https://example.org/2401.00010}}
    `,
      )
      .papers.map((p) => p.id);
    expect(ids).toEqual([
      '2401.00001',
      '2401.00002',
      '2401.00003',
      '2401.00004',
      '2401.00005',
      '2401.00006',
      'hep-th/9901001',
      '2401.00008',
      '2401.00009',
    ]);
  });

  it('reads @string macros, # joins, quoted values with braces, and comments', () => {
    const [paper] = bibtexImport.parse(`
      @comment{ this {is} skipped @misc{x, eprint = {2401.99999}} }
      @preamble{ "\\newcommand{\\noop}[1]{}" }
      @STRING( pre = "Part " )
      @Misc{k,
        TITLE = pre # "{O}ne: " # {a "quoted" word} # " and " # 42,
        Eprint = {2401.00001},
      }
    `).papers;
    expect(paper).toMatchObject({ id: '2401.00001', title: 'Part One: a "quoted" word and 42' });
  });

  it('decodes LaTeX accents and commands in names and titles', () => {
    const [paper] = bibtexImport.parse(`@misc{k, eprint = {2401.00001},
      title = {\\emph{Na\\"ive} B{\\'e}zier fits \\& the {\\L}ojasiewicz \\textit{inequality} in $\\mathbb{R}^n$},
      author = {Erd{\\H{o}}s, Paul and Ho\\c{c}a, Ay\\c se and {\\'{\\i}}{\\~n}igo, Se{\\~n}or and Stra\\ss e, G and others}}`).papers;
    expect(paper!.title).toBe('Naïve Bézier fits & the Łojasiewicz inequality in $\\mathbb{R}^n$');
    expect(paper!.authors).toEqual(['Paul Erdős', 'Ayşe Hoça', 'Señor íñigo', 'G Straße']);
  });

  it('refuses a damaged file, saying where, and changes nothing', async () => {
    const db = await freshDb();
    await seedLibrary(db);
    const before = await dumpDb(db);
    const library = fixture('mixed-library.bib');
    const cut = library.slice(0, library.indexOf('@misc{kapur2024diffusion') + 60);
    await expect(importUserData(db, cut, NOW)).rejects.toThrow(ImportError);
    await expect(importUserData(db, cut, NOW)).rejects.toThrow(/damaged at line 36: this entry is never closed/);
    await expect(importUserData(db, '@misc{k, title = {x} eprint = {2401.00001}}', NOW)).rejects.toThrow(
      /line 1: expected "," or "}" after the field "title"/,
    );
    await expect(importUserData(db, '@misc{k, title = }', NOW)).rejects.toThrow(/expected a value/);
    expect(await dumpDb(db)).toBe(before);
  });
});
