import { readFileSync } from 'node:fs';
import type { RankDoc } from '@/lib/ranking/types';

export interface PackDoc {
  doc: RankDoc;
  tags: string[];
}

/** The bundled pack's papers in id order (one without an id keyed by its title, as the store keys it). */
export function packDocs(): PackDoc[] {
  const pack = JSON.parse(readFileSync(new URL('../../../../public/packs/core.json', import.meta.url), 'utf8')) as {
    papers: { id: string | null; title: string | null; abstract?: string | null; tags?: string[] }[];
  };
  return pack.papers
    .map((p) => ({ doc: { id: p.id ?? `title: ${p.title}`, title: p.title ?? undefined, abstract: p.abstract ?? undefined }, tags: p.tags ?? [] }))
    .sort((a, b) => (a.doc.id < b.doc.id ? -1 : 1));
}

export const everyOther = <T>(items: readonly T[], parity: 0 | 1) => items.filter((_, i) => i % 2 === parity);
