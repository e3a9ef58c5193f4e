import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { notePageUrl } from '@/lib/extension-pages';
import { type BackgroundMessage, onMessage, type ProtocolMap } from '@/lib/messaging';
import { MESSAGE_SENDERS, type MessageSender, refusal, senderContext } from '@/lib/messaging-senders';
import {
  AbstractsRequestSchema,
  HideSourceRequestSchema,
  ListOpenedRequestSchema,
  type LookupRequest,
  LookupRequestSchema,
  NoteRequestSchema,
  PaperRequestSchema,
  PrefetchShardsRequestSchema,
  RankListRequestSchema,
  RestoreSavedRequestSchema,
  SaveRequestSchema,
  StateRequestSchema,
  TagRequestSchema,
  TriageProgressRequestSchema,
} from '@/lib/messaging-schemas';
import { describeZodError } from '@/lib/pack/parse';
import { paperOfUrl } from '@/lib/pages';
import { MESSAGE_LIMITS, PAGE_URL_CHARS } from '@/lib/paper/limits';
import { matchingTags } from '@/lib/paper/tag-matches';
import type { LookupResponse } from '@/lib/paper/paper-info';
import { preferenceItems, readPreferences } from '@/lib/preferences-storage';
import { db } from '@/lib/db/db';
import { dismiss, undismiss } from '@/lib/user-data/dismissed';
import { restoreEntry, savePaper, setReadingState, unsavePaper } from '@/lib/user-data/reading-list';
import { setNote } from '@/lib/user-data/notes';
import { importUserData } from '@/lib/exchange/import';
import { clearListHistory } from '@/lib/list-memory/list-history';
import { shouldOfferSources, sourceSettings } from '@/lib/source-runtime/source-settings';
import { storePageMeta } from '@/lib/source-runtime/source-store';
import { addUserTag, removeUserTag, tagSuggestions } from '@/lib/user-data/user-tags';
import { abstractQueue } from './abstracts';
import { whenBundledPackReady } from '../upkeep/pack-updates';
import { timed } from './user-timing';
import { listOpened, triageProgressSaved } from './listings';
import { lookupCache, prefetchShards, unstoredShardRecords } from './lookup-service';
import { rankList } from './ranking';
import { mergeOptions, papersSeen } from '../upkeep/sources';
import { syncEngine } from '../upkeep/sync';
import { openTab } from './tab-opener';
import { pageFacingError } from './write-errors';

type Handler<K extends BackgroundMessage> = (message: { data: unknown; sender: MessageSender }) => Promise<GetReturnType<ProtocolMap[K]>>;

/**
 * A message handler that answers only the extension's own content scripts and pages (not web
 * pages, not other extensions), each message only from the contexts it names (`MESSAGE_SENDERS`),
 * and checks every request against its schema before anything runs.
 * A bad request is answered with an error, never a crash. Each answer's own time is in the
 * background's User Timing (user-timing.ts); the time a page waits adds the message channel to it.
 */
function checked<K extends BackgroundMessage>(
  type: K,
  schema: z.ZodType<GetDataType<ProtocolMap[K]>>,
  run: (data: GetDataType<ProtocolMap[K]>) => Promise<GetReturnType<ProtocolMap[K]>>,
): Handler<K> {
  return async ({ data, sender }) => {
    if (sender.id !== browser.runtime.id) throw new Error('arXiv Lens answers only its own pages');
    const from = senderContext(sender, browser.runtime.getURL('/'));
    if (!from || !MESSAGE_SENDERS[type].includes(from)) throw new Error(refusal(type, from));
    return timed(type, async () => {
      const parsed = schema.safeParse(data);
      if (!parsed.success) throw new Error(`Bad ${type} request: ${describeZodError(parsed.error)}`);
      return run(parsed.data).catch((error: unknown) => {
        throw pageFacingError(error);
      });
    });
  };
}

/** What the page shows of a paper after its write: the same lookup as the page's, after the write. */
async function paperInfo(id: string) {
  return (await lookupCache.lookupWritten([id], await mergeOptions()))[id]!;
}

async function answerLookup(request: LookupRequest): Promise<LookupResponse> {
  await whenBundledPackReady();
  const unstored = unstoredShardRecords(request.ids);
  const answer = await lookupCache.lookup(request, await mergeOptions(), unstored);
  // Only once the page has its answer, in a task of its own: the lookup's reads would have waited
  // for the shards' checks and writes, and the checks, run as this answer's microtasks, held it up.
  void unstored.then((fetched) => setTimeout(() => void fetched.store()));
  // The page gets what the store knows now; what sources bring later reaches it as a change.
  // An early lookup asks before the page knows its settings: a page kind turned off sends nothing on.
  const { page, ids } = request;
  if (page) void readPreferences().then(({ enabledKinds }) => enabledKinds.includes(page) && papersSeen(page, ids));
  return answer;
}

export const messageHandlers: { [K in BackgroundMessage]: Handler<K> } = {
  pageOpened: checked('pageOpened', z.string().max(PAGE_URL_CHARS), async (url) => {
    const paper = paperOfUrl(url);
    if (!paper) return { preferences: await readPreferences() };
    const [preferences, lookup, sourcesOffer] = await Promise.all([
      readPreferences(),
      answerLookup({ ids: [paper.id], titles: {}, page: paper.detector.kind }),
      shouldOfferSources(),
    ]);
    return { preferences, lookup, sourcesOffer };
  }),
  lookup: checked('lookup', LookupRequestSchema, answerLookup),
  prefetchShards: checked('prefetchShards', PrefetchShardsRequestSchema, ({ ids }) => prefetchShards(ids)),
  abstracts: checked('abstracts', AbstractsRequestSchema, ({ ids }) => abstractQueue.abstracts(ids)),
  listOpened: checked('listOpened', ListOpenedRequestSchema, (request) => listOpened(request)),
  dismiss: checked('dismiss', PaperRequestSchema, async ({ id }) => {
    await dismiss(db, id);
  }),
  undismiss: checked('undismiss', PaperRequestSchema, async ({ id }) => {
    await undismiss(db, id);
  }),
  saveTriageProgress: checked('saveTriageProgress', TriageProgressRequestSchema, triageProgressSaved),
  rankList: checked('rankList', RankListRequestSchema, rankList),
  save: checked('save', SaveRequestSchema, async ({ id, title, version, meta }) => {
    if (meta && Object.keys(meta).length > 0) await storePageMeta(db, id, title, meta);
    await savePaper(db, id, title, Date.now(), version);
    return paperInfo(id);
  }),
  unsave: checked('unsave', PaperRequestSchema, async ({ id }) => {
    await unsavePaper(db, id);
    return paperInfo(id);
  }),
  setState: checked('setState', StateRequestSchema, async ({ id, state }) => {
    await setReadingState(db, id, state);
    return paperInfo(id);
  }),
  addTag: checked('addTag', TagRequestSchema, async ({ id, tag }) => {
    await addUserTag(db, id, tag);
    return paperInfo(id);
  }),
  removeTag: checked('removeTag', TagRequestSchema, async ({ id, tag }) => {
    await removeUserTag(db, id, tag);
    return paperInfo(id);
  }),
  tagSuggestions: checked('tagSuggestions', z.object({ text: z.string().max(MESSAGE_LIMITS.typedTagChars) }), async ({ text }) =>
    matchingTags(await tagSuggestions(db), text),
  ),
  setNote: checked('setNote', NoteRequestSchema, ({ id, text }) => setNote(db, id, text)),
  restoreSaved: checked('restoreSaved', RestoreSavedRequestSchema, (entry) => restoreEntry(db, entry)),
  // The page checked the file's size before reading it; importUserData checks the text again.
  importUserData: checked('importUserData', z.string(), (text) => importUserData(db, text, new Date())),
  clearListHistory: checked('clearListHistory', z.undefined(), () => clearListHistory(db)),
  syncNow: checked('syncNow', z.undefined(), () => syncEngine().syncNow()),
  getPreferences: checked('getPreferences', z.undefined(), () => readPreferences()),
  setPanelCollapsed: checked('setPanelCollapsed', z.boolean(), async (collapsed) => {
    await preferenceItems.panelCollapsed.setValue(collapsed);
  }),
  hideSummarySource: checked('hideSummarySource', HideSourceRequestSchema, async ({ source }) => {
    const hidden = await sourceSettings.hiddenSummarySources.getValue();
    if (!hidden.includes(source)) await sourceSettings.hiddenSummarySources.setValue([...hidden, source]);
  }),
  sourcesOffer: checked('sourcesOffer', z.undefined(), () => shouldOfferSources()),
  answerSourcesOffer: checked('answerSourcesOffer', z.boolean(), async (accept) => {
    await sourceSettings.offerAnswered.setValue(true);
    if (accept) await openTab(`${browser.runtime.getURL('/options.html')}#sources`);
  }),
  openNote: checked('openNote', PaperRequestSchema, async ({ id }) => {
    await openTab(notePageUrl(id));
  }),
};

export function setupMessages(): void {
  for (const type of Object.keys(messageHandlers) as BackgroundMessage[]) {
    onMessage(type, messageHandlers[type] as never);
  }
}
