/**
 * A day's cs.LG `/new` page of 500 entries with their abstracts, in the markup of arXiv's
 * `list/new.html` (`generateNewListing`): what figure 2 loads side by side and figure 15 reads.
 */
import { readFileSync } from 'node:fs';
import { generateNewListing, type NewEntry } from '../tests/fixtures/generate-listing';
import type { Pack } from '../lib/pack/schema';

/** A day of cs.LG as arXiv lists it: about 40 % new submissions, 35 % cross-lists, 25 % replacements. */
const DAY = { new: 200, crossLists: 175, replacements: 125 };
/** Of Hugging Face's day list, the papers the /new page shows. */
const HF_ON_PAGE = 8;
/** Replaced papers a curated pack summarizes (the bundled pack's four with an abstract): older papers are the ones packs know. */
const PACK_ON_PAGE = 4;
export type Kind = 'new' | 'cross-list' | 'replacement' | 'title-only';

/** The bundled pack: real abstracts to compose the day's from, and the papers it summarizes. */
const core = JSON.parse(readFileSync('public/packs/core.json', 'utf8')) as Pack;
const written = core.papers.filter((p) => p.id && p.abstract);
const sentencesOf = written.map((p) => p.abstract!.split(/(?<=[.!?])\s+(?=[A-Z])/));

/** A multi-sentence abstract for entry `i`: the opening of one real abstract and the rest of another, so no two entries read alike. */
export function abstractFor(i: number): string {
  const head = sentencesOf[i % sentencesOf.length]!;
  const tail = sentencesOf[(i * 37 + 11) % sentencesOf.length]!;
  return [...head.slice(0, Math.ceil(head.length / 2)), ...tail.slice(Math.ceil(tail.length / 2))].join(' ');
}

/** A real title of the bundled pack for entry `i`. */
export function titleFor(i: number): string {
  return written[i % written.length]!.title ?? `A study of problem ${i}`;
}

/** The day's /new page, the kind of each of its entries, and which of them Hugging Face and the bundled pack summarize. */
export function newDay(): { html: string; kinds: Map<string, Kind>; hfIds: string[]; packIds: string[] } {
  const entry = (id: string, i: number, from?: string): NewEntry => ({ id, title: titleFor(i), abstract: abstractFor(i), ...(from ? { from } : {}) });
  const fresh = Array.from({ length: DAY.new + DAY.crossLists }, (_, i) => `2406.${String(20001 + i)}`);
  const packPapers = core.papers.filter((p) => p.id && p.abstract && p.summaries.length > 0).slice(0, PACK_ON_PAGE);
  if (packPapers.length !== PACK_ON_PAGE)
    throw new Error(`the bundled pack summarizes ${packPapers.length} papers with an abstract, not ${PACK_ON_PAGE}`);
  const older = Array.from({ length: DAY.replacements - PACK_ON_PAGE }, (_, i) => `2405.${String(10001 + i * 7)}`);
  const sections = {
    new: fresh.slice(0, DAY.new).map((id, i) => entry(id, i)),
    crossLists: fresh.slice(DAY.new).map((id, i) => entry(id, DAY.new + i, i % 3 ? 'cs.CL' : 'cs.CV')),
    replacements: [
      ...packPapers.map((p) => ({ id: p.id!, title: p.title ?? titleFor(0), abstract: p.abstract! })),
      ...older.map((id, i) => entry(id, DAY.new + DAY.crossLists + i)),
    ],
  };
  const kinds = new Map<string, Kind>([
    ...sections.new.map((e) => [e.id, 'new'] as const),
    ...sections.crossLists.map((e) => [e.id, 'cross-list'] as const),
    ...sections.replacements.map((e) => [e.id, 'replacement'] as const),
  ]);
  // Hugging Face's picks of a day: mostly new papers, some cross-listed, one replaced.
  const hfIds = [
    ...sections.new.filter((_, i) => i % 47 === 5).slice(0, 4),
    ...sections.crossLists.filter((_, i) => i % 53 === 7).slice(0, 3),
    sections.replacements[PACK_ON_PAGE + 9]!,
  ].map((e) => e.id);
  if (hfIds.length !== HF_ON_PAGE) throw new Error(`${hfIds.length} of Hugging Face's papers are on the page, not ${HF_ON_PAGE}`);
  return { html: generateNewListing(sections), kinds, hfIds, packIds: packPapers.map((p) => p.id!) };
}
