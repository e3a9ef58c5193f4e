/** jsdom's internal object behind a DOM wrapper (its events and nodes keep it under a symbol named `impl`). */
function implOf(wrapper: object): { isTrusted?: boolean; _dispatch(event: unknown): boolean } {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => s.description === 'impl');
  if (!symbol) throw new Error('Not a jsdom object: user clicks need jsdom');
  return (wrapper as Record<symbol, ReturnType<typeof implOf>>)[symbol]!;
}

/**
 * A click as a user's: trusted. The content script acts only on trusted events, and jsdom makes
 * every event a script dispatches untrusted (as browsers do), so this dispatches past that step.
 */
export function userClick(target: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  implOf(event).isTrusted = true;
  implOf(target)._dispatch(implOf(event));
}
