import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

// React's act() checks that it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted: { element: HTMLElement; root: Root }[] = [];

afterEach(() => {
  for (const { element, root } of mounted.splice(0)) {
    act(() => root.unmount());
    element.remove();
  }
});

/** Renders `node` into a new element of the document, unmounted and removed after the test. */
export function mount(node: ReactNode): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  const root = createRoot(element);
  act(() => root.render(node));
  mounted.push({ element, root });
  return element;
}
