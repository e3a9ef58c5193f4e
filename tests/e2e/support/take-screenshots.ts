/**
 * `npm run screenshots`: the README's pictures, taken from the built extension on the fixture
 * pages, in light and dark, and the abstract page in Firefox. Not a test: run it after a UI change and commit the images.
 *
 * The pages are arXiv's (captured, or rendered from its templates), pictured with arXiv's own
 * stylesheet, which is not ours to commit: `ARXIV_CSS` names it (tests/fixtures/README.md). The
 * header's stylesheet is arxiv-base's and is not served, so its icons stand unsized: every picture
 * is cropped to the page's content below it.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { hfDay } from '@/lib/sources/hf-daily';
import { openAnnotated as openAnnotatedTab } from './driver';
import { launchFirefoxLens } from './firefox-driver';
import { launchExtension, openAnnotated, openExtensionPage, type ApiHandler } from './harness';

const stylesheet = process.env.ARXIV_CSS;
if (!stylesheet || !existsSync(stylesheet)) {
  console.error(
    [
      "The screenshots show arXiv's pages with arXiv's stylesheet: set ARXIV_CSS to its file, e.g.",
      '  ARXIV_CSS=/path/to/arxiv-browse/browse/static/css/arXiv.css npm run screenshots',
      '(tests/fixtures/README.md, "arXiv\'s stylesheet", says where to get it).',
    ].join('\n'),
  );
  process.exit(1);
}

const OUT = 'tests/screenshots';
const ABS = 'https://arxiv.org/abs/2405.20519';
const PAST_WEEK = 'https://arxiv.org/list/cs.CL/pastweek?skip=0&show=25';
const LISTING = 'https://arxiv.org/list/cs.LG/new';
const PANEL = '[data-arxiv-lens="panel"]';
const BAR = '[data-arxiv-lens="bar"]';

const api = (file: string) => readFileSync(`tests/fixtures/apis/${file}`, 'utf8');

interface RenderedPaper {
  id: string;
  title: string;
  authors: string;
  abstract: string;
  categories: string[];
  versions: [string, number][];
}
/** The papers the rendered pages show (tests/fixtures/render/papers.json). */
const PAPERS = new Map(
  (JSON.parse(readFileSync('tests/fixtures/render/papers.json', 'utf8')) as { papers: RenderedPaper[] }).papers.map((p) => [p.id, p]),
);
const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** arXiv's API answer for some ids, in its Atom form, from the papers the pages show. */
function arxivFeed(ids: string[]): string {
  const entries = ids.flatMap((id) => {
    const paper = PAPERS.get(id);
    if (!paper) return [];
    const [published] = paper.versions[0]!;
    const [updated] = paper.versions.at(-1)!;
    return [
      `<entry><id>http://arxiv.org/abs/${id}v${paper.versions.length}</id><title>${xml(paper.title)}</title>` +
        `<summary>${xml(paper.abstract)}</summary><published>${published}</published><updated>${updated}</updated>` +
        paper.authors
          .split(', ')
          .map((name) => `<author><name>${xml(name)}</name></author>`)
          .join('') +
        `<arxiv:primary_category term="${paper.categories[0]}"/>` +
        paper.categories.map((term) => `<category term="${term}"/>`).join('') +
        '</entry>',
    ];
  });
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">${entries.join('')}</feed>`;
}

/** The sources answer, so the options page shows them working rather than offline: Hugging Face from its sample, arXiv from the pages' papers. */
const sampleApis: ApiHandler = ({ url }) => {
  if (url.pathname === '/api/daily_papers') {
    return { status: 200, body: url.searchParams.get('date') === hfDay(Date.now()) ? `[${api('hf/hf-daily-papers-item-2026-03.json')}]` : '[]' };
  }
  const ids = url.searchParams.get('id_list');
  if (url.pathname === '/api/query' && ids)
    return { status: 200, body: arxivFeed(ids.split(',')), contentType: 'application/atom+xml; charset=utf-8' };
  return undefined;
};

/** A picture of the page from the top of `from` to the bottom of `to`, as wide as `from` and a margin (where outlines show). */
async function region(page: Page, from: Locator, to: Locator, path: string, margin = 0): Promise<void> {
  await from.evaluate((el) => el.scrollIntoView());
  const top = (await from.boundingBox())!;
  const bottom = (await to.boundingBox())!;
  const x = Math.max(0, top.x - margin);
  const width = Math.min(page.viewportSize()!.width, top.x + top.width + margin) - x;
  await page.screenshot({ path, clip: { x, y: top.y, width, height: bottom.y + bottom.height - top.y + 8 } });
}

const ext = await launchExtension({ api: sampleApis });
try {
  for (const scheme of ['light', 'dark'] as const) {
    const abs = await openAnnotated(ext, ABS);
    await abs.emulateMedia({ colorScheme: scheme });
    await abs.setViewportSize({ width: 1100, height: 1000 });
    const panel = abs.locator(PANEL);
    if (scheme === 'light') {
      await panel.locator('[data-action="dismiss-sources"]').click();
      await panel.locator('[data-action="save"]').click();
      await panel.locator('input[data-action="add-tag"]').fill('to discuss');
      await panel.locator('input[data-action="add-tag"]').press('Enter');
    }
    await panel.locator('[data-action="save"][aria-pressed="true"]').waitFor();
    await panel.locator('[data-tag="to discuss"]').waitFor();
    await panel.locator('input[data-action="add-tag"]').blur();
    // arXiv has no dark style: in dark mode the panel alone, on the white page around it.
    if (scheme === 'light') await region(abs, abs.locator('.leftcolumn'), panel, `${OUT}/panel-light.png`);
    else await panel.screenshot({ path: `${OUT}/panel-dark.png` });
    await abs.close();
  }

  // With the abstract above and four papers on language models saved from last week's list,
  // "for you" ranks every list: on the day pictured, the first and third new submissions are among the best.
  const pastWeek = await openAnnotated(ext, PAST_WEEK);
  for (const id of ['2312.13558', '2312.11805', '2312.11462', '2312.10997']) {
    await pastWeek.locator(`[data-paper-id="${id}"] [data-action="save"]`).click();
    await pastWeek.locator(`[data-paper-id="${id}"] [data-action="save"][aria-pressed="true"]`).waitFor();
  }
  await pastWeek.close();

  const listing = await openAnnotated(ext, LISTING);
  await listing.setViewportSize({ width: 1100, height: 1200 });
  for (const id of ['2406.07550', '2406.08464']) await listing.locator(`[data-paper-id="${id}"] [data-for-you-marker]`).waitFor();
  await listing.locator(`${BAR} [data-action="triage"]`).click();
  await listing.keyboard.press('j');
  await listing.locator('[data-arxiv-lens="row"][data-paper-id="2406.02543"] .lens-root[data-current]').waitFor();
  // The day's new submissions: the bar, triage on the second, "for you" marks, a summary line under every entry.
  await region(listing, listing.locator('#dlpage'), listing.locator('#dlpage dd').nth(2), `${OUT}/listing.png`, 8);
  await listing.keyboard.press('s');
  await listing.locator('[data-paper-id="2406.02543"] [data-action="save"][aria-pressed="true"]').waitFor();
  await listing.keyboard.press('Escape');

  const popup = await openExtensionPage(ext, 'popup.html');
  await popup.setViewportSize({ width: 440, height: 580 });
  await popup.locator('[data-testid="reading-item"]').nth(5).waitFor();
  await popup.locator('[data-today]').waitFor();
  await popup.screenshot({ path: `${OUT}/popup.png` });
  const options = await openExtensionPage(ext, 'options.html');
  await options.setViewportSize({ width: 1000, height: 1100 });
  await options.locator('[data-testid="pack"]').first().waitFor();
  for (const id of ['hf-daily', 'arxiv']) await options.locator(`[data-testid="source"][data-source-id="${id}"][data-status="ok"]`).waitFor();
  await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });
} finally {
  await ext.close();
}

// The same abstract page in Firefox ESR, from the Firefox build.
const firefox = await launchFirefoxLens();
try {
  const abs = await openAnnotatedTab(firefox, ABS);
  await abs.resize(1100, 1000);
  await abs.click(`${PANEL} >>> [data-action="save"]`);
  await abs.fill(`${PANEL} >>> input[data-action="add-tag"]`, 'to discuss');
  await abs.press(`${PANEL} >>> input[data-action="add-tag"]`, 'Enter');
  await abs.waitFor(() => document.querySelector('[data-arxiv-lens="panel"]')!.shadowRoot!.querySelector('[data-tag="to discuss"]') !== null);
  await abs.click(`${PANEL} >>> [data-action="dismiss-sources"]`);
  await abs.blur(`${PANEL} >>> input[data-action="add-tag"]`);
  await abs.screenshot(`${OUT}/firefox-abstract.png`, '#abs');
} finally {
  await firefox.close();
}
