/** The sources: one file per source, each registered in `SOURCES`, their ids and their contract. */
import { arxivSource } from './arxiv';
import { hfDailySource } from './hf-daily';
import { hfPaperSource } from './hf-paper';
import { semanticScholarSource } from './semantic-scholar';
import type { PaperSource } from './types';

export type { PaperSource, SourceContext, SourceTrigger } from './types';

/** Every source the store syncs from; adding one means adding its file and one line here. */
export const SOURCES: readonly PaperSource[] = [hfDailySource, hfPaperSource, semanticScholarSource, arxivSource];
