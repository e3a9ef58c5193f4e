import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnnotated, openExtensionPage } from './harness';
import { useExtension } from './session';

const PACK_URL = 'https://packs.example.org/hostile.json';

/** Each payload, if it ever ran, would set window.__pwned or fetch /x; as text it does neither. */
const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload="window.__pwned = 3">',
  "javascript:window.__pwned = 4; '<a href=javascript:alert(1)>x</a>'",
  '<iframe srcdoc="<script>parent.__pwned = 5</script>">',
];

const hostilePack = {
  format: 'arxiv-lens-pack',
  schemaVersion: 1,
  id: 'hostile',
  name: '<b onmouseover="window.__pwned = 6">Hostile</b>',
  version: '1',
  generatedAt: '2024-06-30',
  papers: ['2405.20519', '2406.02543'].map((id) => ({
    id,
    title: PAYLOADS[0],
    tags: [PAYLOADS[1]!, PAYLOADS[2]!],
    summaries: [{ source: PAYLOADS[1], text: PAYLOADS.join('\n\n') }],
  })),
};

const session = useExtension();
let requests: string[];
let dialogs: string[];
beforeAll(() => {
  session.ext.serve(PACK_URL, JSON.stringify(hostilePack), 'application/json');
  requests = [];
  dialogs = [];
  session.ext.context.on('request', (r) => requests.push(r.url()));
  session.ext.context.on('page', (p) => p.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message()))));
});

async function expectInert(page: Page, selector: string) {
  const report = await page.$$eval(selector, (hosts) =>
    hosts.map((h) => ({
      elements: h.shadowRoot!.querySelectorAll('script, img, svg, iframe, a[href^="javascript"], [onerror], [onload], [onmouseover]').length,
      text: h.shadowRoot!.textContent ?? '',
    })),
  );
  expect(report.length).toBeGreaterThan(0);
  for (const host of report) expect(host.elements).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  return report.map((r) => r.text).join('\n');
}

describe('hostile text from a pack and from the user', () => {
  it('the options page subscribes to the pack and shows its name as text', async () => {
    const options = await openExtensionPage(session.ext, 'options.html');
    await options.locator('[data-action="subscribe-url"]').fill(PACK_URL);
    await options.locator('[data-action="subscribe"]').click();
    const row = options.locator(`[data-testid="pack"][data-pack-key="${PACK_URL}"]`);
    await expect.poll(() => row.getAttribute('data-status')).toBe('ok');
    expect(await row.textContent()).toContain(hostilePack.name);
    expect(await options.locator('b[onmouseover]').count()).toBe(0);
    await options.close();
  });

  it('the abstract page panel shows every payload as text', async () => {
    const page = await openAnnotated(session.ext, 'https://arxiv.org/abs/2405.20519');
    const panel = page.locator('[data-arxiv-lens="panel"]');
    const text = await expectInert(page, '[data-arxiv-lens="panel"]');
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    await panel.locator('input[data-action="add-tag"]').fill('<img src=x onerror=window.__pwned=7>');
    await panel.locator('input[data-action="add-tag"]').press('Enter');
    await expect.poll(() => panel.locator('[data-tag="<img src=x onerror=window.__pwned=7>"]').count()).toBe(1);
    await panel.locator('button[data-action="save"]').click();
    await expectInert(page, '[data-arxiv-lens="panel"]');
    await page.close();
  });

  it('listing rows, their unfolded summaries and the bar\'s tag filter show them as text', async () => {
    const page = await openAnnotated(session.ext, 'https://arxiv.org/list/cs.LG/new');
    await page.locator('[data-paper-id="2406.02543"] [data-summarized]').click();
    const text = await expectInert(page, '[data-arxiv-lens="row"], [data-arxiv-lens="bar"]');
    expect(text).toContain(PAYLOADS[3]);
    expect(await page.locator('[data-arxiv-lens="bar"] option', { hasText: PAYLOADS[1]!.toLowerCase() }).count()).toBe(1);
    await page.close();
  });

  it('the popup shows hostile tags and notes as text', async () => {
    const options = await openExtensionPage(session.ext, 'options.html#paper=2405.20519');
    await options.locator('[data-action="note"]').fill(PAYLOADS.join('\n'));
    await options.locator('[data-action="note"]').blur();
    const popup = await openExtensionPage(session.ext, 'popup.html');
    const item = popup.locator('[data-testid="reading-item"][data-paper-id="2405.20519"]');
    await expect.poll(() => item.locator('.ri-note-preview').textContent()).toContain(PAYLOADS[0]);
    expect(await item.locator('img, script, svg, iframe').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await Promise.all([options.close(), popup.close()]);
  });

  it('nothing ran: no dialog, no request for the payloads\' sources', () => {
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => /\/x$/.test(url))).toEqual([]);
    expect(session.ext.errors).toEqual([]);
  });
});
