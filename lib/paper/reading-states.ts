/** Where a saved paper stands, in the order a reader moves through them. Zod-free: pages show these. */
export const READING_STATES = ['to-read', 'reading', 'done'] as const;

export type ReadingState = (typeof READING_STATES)[number];

/** How the UI names each state. */
export const STATE_LABELS: Readonly<Record<ReadingState, string>> = { 'to-read': 'to read', reading: 'reading', done: 'done' };
