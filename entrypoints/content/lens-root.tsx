import { createRoot } from 'react-dom/client';
import { LensApp } from './lens-app';
import type { PageState } from '@/lib/page-view/page-state';
import type { TriageMode } from './triage-mode';

/**
 * The one React root, rendering every revealed host through portals. A pass asks it when React has
 * caught up, so the page is only marked ready once what it shows is in the hosts.
 */
export function mountLensRoot(state: PageState, triage: TriageMode) {
  let rendered = 0;
  let waiting: { count: number; resolve(): void } | undefined;
  const onCommit = (count: number) => {
    rendered = count;
    if (waiting && rendered >= waiting.count) {
      waiting.resolve();
      waiting = undefined;
    }
  };
  const root = createRoot(document.createElement('div'));
  root.render(<LensApp state={state} triage={triage} onCommit={onCommit} />);

  return {
    /** Resolves once React has rendered every revealed host. */
    renderedAll(): Promise<void> {
      const count = state.renderedSlots().length;
      return new Promise((resolve) => {
        if (rendered >= count) resolve();
        else waiting = { count, resolve };
      });
    },
    unmount: () => root.unmount(),
  };
}
