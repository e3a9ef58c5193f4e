import { readFileSync } from 'node:fs';
import type { JSDOM } from 'jsdom';
import type { PaperInfo } from '@/lib/paper/paper-info';

declare const jsdom: JSDOM;

/** Puts a saved page in the test's window at the address it was saved from, as a tab would show it. */
export function openPage(file: string, url: string): void {
  openHtml(readFileSync(`tests/fixtures/${file}`, 'utf8'), url);
}

/** Puts a page of the test's own making in the test's window at `url`. */
export function openHtml(html: string, url: string): void {
  jsdom.reconfigure({ url });
  const saved = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(saved.documentElement, true), document.documentElement);
}

export function paperInfo(fields: Partial<PaperInfo> = {}): PaperInfo {
  return { summaries: [], curatedTags: [], userTags: [], saved: null, ...fields };
}

export const summarized = (source = 'AI Timeline') => paperInfo({ summaries: [{ source, text: `A summary from ${source}.` }] });

/**
 * IntersectionObserver, which jsdom lacks: entries for which `near` holds are reported as
 * intersecting, like the browser's first report after `observe`; `scrollAll` brings every
 * watched entry near the viewport.
 */
export class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  static near: (element: Element) => boolean = () => true;
  readonly watched = new Set<Element>();

  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this);
  }

  private firstReport: Element[] = [];

  /** Like the browser, one report after a batch of `observe` calls, for every element in it. */
  observe(element: Element): void {
    this.watched.add(element);
    if (this.firstReport.push(element) > 1) return;
    setTimeout(() => this.report(this.firstReport.splice(0)));
  }

  unobserve(element: Element): void {
    this.watched.delete(element);
  }

  disconnect(): void {
    this.watched.clear();
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  scrollAll(): void {
    FakeIntersectionObserver.near = () => true;
    this.report([...this.watched]);
  }

  private report(elements: Element[]): void {
    const entries = elements
      .filter((target) => this.watched.has(target))
      .map((target) => ({ target, isIntersecting: FakeIntersectionObserver.near(target) }) as IntersectionObserverEntry);
    if (entries.length) this.callback(entries, this as unknown as IntersectionObserver);
  }
}
