import { createAbstractQueue } from '@/lib/abstracts/abstract-queue';
import { enabledSources } from '@/lib/source-runtime/source-settings';
import { db } from '@/lib/db/db';
import { hostPacer } from '../upkeep/sources';

/** The abstracts title-only lists ask for, fetched under the `arxiv` source's switch, through the sources' arXiv gate. */
export const abstractQueue = createAbstractQueue({
  db,
  pacer: hostPacer,
  arxivOn: async () => (await enabledSources()).has('arxiv'),
});
