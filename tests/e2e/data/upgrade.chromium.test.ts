// An upgrade, as a user lives it: the previous release fills a profile, then the current build
// starts on that same profile and must find everything the user had, and still work. It runs in
// every `npm test`, so every schema change (a new Dexie version, new record keys) is checked here
// against a real profile of the release before it, besides the Node tests of its upgrade.
//
// Chromium only: the extension is loaded from a folder whose path gives it its id, and so its
// IndexedDB; the same folder holds one build, then the other.
//
// The profile is filled by driving the previous release's own pages, so its steps use that
// release's selectors: when `PREVIOUS_RELEASE` moves to a newer release, they follow its UI.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromiumLens } from '../support/chromium-driver';
import { openAnnotated, scrollThroughRows, type Lens, type Tab } from '../support/driver';
import { EXTENSION_DIR, newProfile } from '../support/harness';
import { screenshotOnFailure } from '../support/session';
import { endListVisits, entriesWith, hiddenIds, rowsWith } from '../support/listing';

/** The release before this one, as built by `npm run release-fixture` (tests/fixtures/README.md). */
const PREVIOUS_RELEASE = 'tests/fixtures/releases/0.1.0-chrome-mv3';

const PACK_URL = 'https://packs.example.org/reading-group.json';
const PACK = readFileSync('tests/fixtures/packs/reading-group.json', 'utf8');
const pack = JSON.parse(PACK) as { name: string; papers: { id: string; summaries: { source: string; text: string }[] }[] };
const packSummary = pack.papers.find((p) => p.id === '2406.08464')!.summaries[0]!;

const LISTING = 'https://arxiv.org/list/cs.LG/new';
const BAR = '[data-arxiv-lens="bar"] >>>';
/** The listing's seven papers, in page order. */
const LISTED = ['2406.07550', '2406.02543', '2406.08464', '2406.09279', '2406.07522', '2405.20519', '2405.21060'];
/** Saved by the previous release: one from its abstract page, two from the listing. */
const SAVED = ['2405.20519', '2405.21060', '2406.08464'];
const TAG = 'read before the upgrade';
const NOTE = 'Compare with Mamba-1.\nSection 6 has the SSD algorithm.';
/** A Semantic Scholar API key, the one secret the extension keeps. */
const S2_KEY = 'upgrade-test-key-0123456789';
/** Set aside ("not interested") in triage, which then stopped on the paper after it. */
const SET_ASIDE = '2406.02543';

/** The previous release's list marks, on the row hosts themselves (the DOM contract before #25). */
const releaseRowsWith = (tab: Tab, attribute: string) =>
  tab.evaluate((a) => [...document.querySelectorAll(`[data-arxiv-lens="row"][${a}]`)].map((h) => h.getAttribute('data-paper-id')), attribute);

/** The folder the extension is loaded from, for both builds: its path is the extension's id. */
const extensionDir = mkdtempSync(join(tmpdir(), 'arxiv-lens-extension-'));
const profile = newProfile();
let lens: Lens | undefined;

afterAll(async () => {
  await lens?.close();
  rmSync(extensionDir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});
screenshotOnFailure(() => lens);

/**
 * Puts a build in the extension's folder while the browser is closed. Chromium keeps the service
 * worker it registered for an unpacked extension, script included, across restarts even when the
 * folder's files and version change; an update from a store installs a new worker. Dropping the
 * profile's service worker registrations (the extension's only one) makes the next start register
 * the new build's worker, as an update does; the extension's data lives elsewhere in the profile.
 */
function installBuild(build: string): void {
  rmSync(extensionDir, { recursive: true, force: true });
  cpSync(build, extensionDir, { recursive: true });
  rmSync(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
}

function readingIds(popup: Tab) {
  return popup.evaluate(() => [...document.querySelectorAll('[data-testid="reading-item"]')].map((i) => i.getAttribute('data-paper-id')!).sort());
}

const fieldValue = (tab: Tab, selector: string) => tab.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)?.value, selector);

const saveButton = (id: string) => `[data-paper-id="${id}"] >>> [data-action="save"]`;
const row = (id: string) => `[data-arxiv-lens="row"][data-paper-id="${id}"] >>>`;

describe('an upgrade from the previous release', () => {
  it('the previous release fills a profile: saved papers, a tag, a note, a state, a subscription, list history, settings', async () => {
    installBuild(PREVIOUS_RELEASE);
    lens = await launchChromiumLens({ profile, extension: extensionDir });
    lens.serve(PACK_URL, PACK, 'application/json');

    const options = await lens.openPage('options.html');
    await options.fill('[data-action="subscribe-url"]', PACK_URL);
    await options.click('[data-action="subscribe"]');
    await expect.poll(() => options.attr(`[data-testid="pack"][data-pack-key="${PACK_URL}"]`, 'data-status')).toBe('ok');
    await options.fill('[data-setting="s2-api-key"]', S2_KEY);
    await options.press('[data-setting="s2-api-key"]', 'Enter');
    await options.fill('[data-setting="summaries-per-paper"]', '5');
    const reopened = await lens.openPage('options.html');
    await expect.poll(() => fieldValue(reopened, '[data-setting="s2-api-key"]')).toBe(S2_KEY);
    await expect.poll(() => fieldValue(reopened, '[data-setting="summaries-per-paper"]')).toBe('5');
    await reopened.close();

    const abs = await openAnnotated(lens, 'https://arxiv.org/abs/2405.20519');
    const panel = '[data-arxiv-lens="panel"] >>>';
    await abs.click(`${panel} [data-action="save"]`);
    await abs.fill(`${panel} input[data-action="add-tag"]`, TAG);
    await abs.press(`${panel} input[data-action="add-tag"]`, 'Enter');
    await expect.poll(() => abs.count(`${panel} [data-tag="${TAG}"]`)).toBe(1);
    await abs.close();

    const listing = await openAnnotated(lens, LISTING);
    await scrollThroughRows(listing);
    for (const id of ['2405.21060', '2406.08464']) {
      await listing.click(saveButton(id));
      await expect.poll(() => listing.attr(saveButton(id), 'aria-pressed')).toBe('true');
    }
    await expect.poll(() => listing.text(`${row('2406.08464')} .lens-line-text`)).toBe(packSummary.text);
    await listing.click(`${BAR} [data-action="triage"]`);
    await expect.poll(() => releaseRowsWith(listing, 'data-current')).toEqual([LISTED[0]]);
    await listing.key('j');
    await expect.poll(() => releaseRowsWith(listing, 'data-current')).toEqual([SET_ASIDE]);
    await listing.key('x');
    await expect.poll(() => hiddenIds(listing)).toEqual([SET_ASIDE]);
    await expect.poll(() => releaseRowsWith(listing, 'data-current')).toEqual([LISTED[2]]);
    await listing.close();

    const popup = await lens.openPage('popup.html');
    const item = '[data-testid="reading-item"][data-paper-id="2405.21060"]';
    await popup.select(`${item} [data-action="state"]`, 'reading');
    await expect.poll(() => popup.attr(item, 'data-state')).toBe('reading');
    await popup.click(`${item} [data-action="toggle-note"]`);
    await popup.fill(`${item} [data-action="note"]`, NOTE);
    await popup.click(`${item} [data-action="toggle-note"]`);
    await expect.poll(() => popup.text(`${item} .ri-note-preview`)).toBe('Compare with Mamba-1.');
    expect(await readingIds(popup)).toEqual(SAVED);

    await endListVisits(lens);
    expect(await lens.errors()).toEqual([]);
    await lens.close();
    lens = undefined;
  });

  it('the current build, started on that profile, keeps the reading list with its tags, notes and states', async () => {
    installBuild(EXTENSION_DIR);
    // The pack is not served any more: what rows show of it can only come from the profile.
    lens = await launchChromiumLens({ profile, extension: extensionDir });

    const popup = await lens.openPage('popup.html');
    // The list's tools show once the database, upgraded, has been read; its rows follow.
    await popup.waitFor(() => document.querySelector('[data-action="search"]'));
    await expect.poll(() => readingIds(popup)).toEqual(SAVED);
    expect(await popup.count(`[data-testid="reading-item"][data-paper-id="2405.20519"] [data-tag="${TAG}"]`)).toBe(1);
    const item = '[data-testid="reading-item"][data-paper-id="2405.21060"]';
    expect(await popup.attr(item, 'data-state')).toBe('reading');
    expect(await popup.text(`${item} .ri-note-preview`)).toBe('Compare with Mamba-1.');
    // The note's second line is kept too: searching finds it.
    await popup.fill('[data-action="search"]', 'SSD algorithm');
    await expect.poll(() => readingIds(popup)).toEqual(['2405.21060']);
    await popup.close();
  });

  it('keeps the subscription, and the summaries of its papers and of the bundled pack', async () => {
    const options = await lens!.openPage('options.html');
    const subscription = `[data-testid="pack"][data-pack-key="${PACK_URL}"]`;
    await expect.poll(() => options.count(subscription)).toBe(1);
    expect(await options.text(subscription)).toContain(pack.name);
    await options.close();

    const listing = await openAnnotated(lens!, LISTING);
    await scrollThroughRows(listing);
    await expect.poll(() => listing.attr(`${row('2406.08464')} .lens-line`, 'data-summary-source')).toBe(packSummary.source);
    expect(await listing.text(`${row('2406.08464')} .lens-line-text`)).toBe(packSummary.text);
    await expect.poll(() => listing.attr(`${row('2405.20519')} .lens-line`, 'data-summary-source')).toBe('AI Timeline');
    await listing.close();
  });

  it('keeps the settings and the Semantic Scholar key', async () => {
    const options = await lens!.openPage('options.html');
    await expect.poll(() => fieldValue(options, '[data-setting="s2-api-key"]')).toBe(S2_KEY);
    await expect.poll(() => fieldValue(options, '[data-setting="summaries-per-paper"]')).toBe('5');
    await options.close();
  });

  it('keeps the list history: seen marks, the paper set aside, and where triage stopped', async () => {
    const listing = await openAnnotated(lens!, LISTING);
    await expect.poll(() => entriesWith(listing, 'arxiv-lens-seen').then((ids) => ids.sort())).toEqual([...LISTED].sort());
    expect(await listing.text(`${BAR} [data-count="seen"]`)).toContain('7 seen before');
    await expect.poll(() => hiddenIds(listing)).toEqual([SET_ASIDE]);
    expect(await listing.text(`${BAR} [data-count="dismissed"]`)).toContain('1 not interested');
    await expect.poll(() => listing.text(`${BAR} [data-action="triage"]`)).toBe('resume triage');
    await listing.click(`${BAR} [data-action="triage"]`);
    await expect.poll(() => rowsWith(listing, 'data-current')).toEqual([LISTED[2]]);
    await listing.close();
  });

  it('still works: a saved row shows as saved, a new save reaches the reading list, rows show their summaries', async () => {
    const listing = await openAnnotated(lens!, LISTING);
    await scrollThroughRows(listing);
    for (const id of ['2405.21060', '2406.08464']) await expect.poll(() => listing.attr(saveButton(id), 'aria-pressed')).toBe('true');
    await expect.poll(() => listing.count(`${row('2405.20519')} [data-tag="${TAG}"]`)).toBe(1);
    await listing.click(saveButton('2406.09279'));
    await expect.poll(() => listing.attr(saveButton('2406.09279'), 'aria-pressed')).toBe('true');
    // The paper set aside is hidden, and a hidden entry gets no row.
    for (const id of LISTED.filter((listed) => listed !== SET_ASIDE))
      await expect.poll(() => listing.count(`${row(id)} .lens-line .lens-line-text`)).toBe(1);

    const popup = await lens!.openPage('popup.html');
    await expect.poll(() => readingIds(popup)).toEqual([...SAVED, '2406.09279'].sort());
    await Promise.all([listing.close(), popup.close()]);
  });

  it('logged no errors of its own', async () => {
    expect(await lens!.errors()).toEqual([]);
  });
});
