import { SOURCE_DEFAULT_ON, SOURCE_IDS, type SourceId } from '../sources/keys';

/** Firefox's categories of personal data an extension sends (its built-in data consent), as used here. */
export type DataCollection = 'browsingActivity' | 'websiteActivity';

/**
 * What each source sends about the user, in Firefox's categories, for the manifest
 * (`wxt.config.ts`) and the consent asked when an opt-in source is turned on.
 * - Hugging Face's daily lists: public lists, asked for by date; nothing about the user.
 * - Hugging Face paper pages and Semantic Scholar: the ids of the papers on the pages the user
 *   opens, to a third party: "information about the websites users visit", browsing activity.
 * - arXiv: the ids of the papers the user saved (here, by import, or in another browser through
 *   sync) and of the list entries the user scrolls to, to arXiv: what the user saved and scrolled
 *   to, which Firefox files under website activity ("actions such as saving", "scrolling").
 */
export const SOURCE_DATA_COLLECTION: Record<SourceId, readonly DataCollection[]> = {
  'hf-daily': [],
  'hf-paper': ['browsingActivity'],
  'semantic-scholar': ['browsingActivity'],
  arxiv: ['websiteActivity'],
};

const categories = (defaultOn: boolean) => [
  ...new Set(SOURCE_IDS.filter((id) => SOURCE_DEFAULT_ON[id] === defaultOn).flatMap((id) => SOURCE_DATA_COLLECTION[id])),
];

/**
 * The manifest's `data_collection_permissions`: what the sources on by default send is declared
 * at install (required), what the opt-in ones send is asked for when one is turned on (optional).
 */
export function manifestDataCollection(): { required: string[]; optional: string[] } {
  const required = categories(true);
  return { required: required.length > 0 ? required : ['none'], optional: categories(false) };
}
