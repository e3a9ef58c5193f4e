/** The seed formats of `npm run curate`: one file per format, each registered in `SEED_SOURCES`, and the blocks they split a page into. */
import type { SeedSource } from '../types';
import { aiTimeline } from './ai-timeline';
import { dailyPapers } from './daily-papers';
import { datasetDump } from './dataset-dump';
import { mambaSeries } from './mamba-series';
import { weeklySummaries } from './weekly-summaries';

/** Every seed format the curation knows; a seed file must match exactly one. */
export const SEED_SOURCES: readonly SeedSource[] = [aiTimeline, mambaSeries, dailyPapers, datasetDump, weeklySummaries];
