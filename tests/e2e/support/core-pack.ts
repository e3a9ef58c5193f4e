import { readFileSync } from 'node:fs';
import type { Pack } from '@/lib/pack/schema';

/** The bundled pack, as the built extension ships it. */
export const core = JSON.parse(readFileSync('public/packs/core.json', 'utf8')) as Pack;

/** The ids of the bundled pack's papers that have a curated summary. */
export const summarized = new Set(core.papers.filter((p) => p.id && p.summaries.length > 0).map((p) => p.id));
