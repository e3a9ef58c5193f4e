/** What the user can do to a paper from the page; the content script binds these to messages. */
export interface PaperActions {
  toggleSave(): void;
  addTag(tag: string): void;
  removeTag(tag: string): void;
  openNote(): void;
  /** Hides every summary from this source, on every page (the options page shows them again). */
  hideSource(source: string): void;
  /** Asks for the tags in use that fit what the user is typing in a tag field. */
  suggestTags(text: string): void;
}
