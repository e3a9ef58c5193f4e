import { beforeAll, describe, expect, it } from 'vitest';
import { openAnnotated, type Tab } from '../support/driver';
import { useExtension } from '../support/session';

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
beforeAll(() => {
  session.lens.serve(PACK_URL, JSON.stringify(hostilePack), 'application/json');
});

async function expectInert(tab: Tab, selector: string) {
  const report = await tab.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)].map((h) => ({
        elements: h.shadowRoot!.querySelectorAll('script, img, svg, iframe, a[href^="javascript"], [onerror], [onload], [onmouseover]').length,
        text: h.shadowRoot!.textContent ?? '',
      })),
    selector,
  );
  expect(report.length).toBeGreaterThan(0);
  for (const host of report) expect(host.elements).toBe(0);
  expect(await tab.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  return report.map((r) => r.text).join('\n');
}

describe('hostile text from a pack and from the user', () => {
  it('the options page subscribes to the pack and shows its name as text', async () => {
    const options = await session.lens.openPage('options.html');
    await options.fill('[data-action="subscribe-url"]', PACK_URL);
    await options.click('[data-action="subscribe"]');
    const row = `[data-testid="pack"][data-pack-key="${PACK_URL}"]`;
    await expect.poll(() => options.attr(row, 'data-status')).toBe('ok');
    expect(await options.text(row)).toContain(hostilePack.name);
    expect(await options.count('b[onmouseover]')).toBe(0);
    await options.close();
  });

  it('the abstract page panel shows every payload as text', async () => {
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/abs/2405.20519');
    const panel = '[data-arxiv-lens="panel"] >>>';
    const text = await expectInert(tab, '[data-arxiv-lens="panel"]');
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    await tab.fill(`${panel} input[data-action="add-tag"]`, '<img src=x onerror=window.__pwned=7>');
    await tab.press(`${panel} input[data-action="add-tag"]`, 'Enter');
    await expect.poll(() => tab.count(`${panel} [data-tag="<img src=x onerror=window.__pwned=7>"]`)).toBe(1);
    await tab.click(`${panel} [data-action="save"]`);
    await expectInert(tab, '[data-arxiv-lens="panel"]');
    await tab.close();
  });

  it("listing rows, their unfolded summaries and the bar's tag filter show them as text", async () => {
    const tab = await openAnnotated(session.lens, 'https://arxiv.org/list/cs.LG/new');
    await tab.click('[data-paper-id="2406.02543"] >>> [data-summarized]');
    const text = await expectInert(tab, '[data-arxiv-lens="row"], [data-arxiv-lens="bar"]');
    expect(text).toContain(PAYLOADS[3]);
    await tab.click('[data-arxiv-lens="bar"] >>> [data-filter="tag"]');
    const choices = await tab.texts('[data-arxiv-lens="bar"] >>> [data-filter="tag"] ~ [role="listbox"] [role="option"]');
    expect(choices.filter((t) => t.includes(PAYLOADS[1]!.toLowerCase()))).toHaveLength(1);
    await expectInert(tab, '[data-arxiv-lens="bar"]');
    await tab.close();
  });

  it('the popup shows hostile tags and notes as text', async () => {
    const options = await session.lens.openPage('options.html#paper=2405.20519');
    await options.fill('[data-action="note"]', PAYLOADS.join('\n'));
    await options.blur('[data-action="note"]');
    const popup = await session.lens.openPage('popup.html');
    const item = '[data-testid="reading-item"][data-paper-id="2405.20519"]';
    await expect.poll(() => popup.text(`${item} .ri-note-preview`)).toContain(PAYLOADS[0]);
    expect(await popup.count(`${item} img, ${item} script, ${item} svg, ${item} iframe`)).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await Promise.all([options.close(), popup.close()]);
  });

  it("nothing ran: no dialog, no request for the payloads' sources", async () => {
    expect(session.lens.dialogs).toEqual([]);
    expect(session.lens.requests.filter((url) => /\/x$/.test(url))).toEqual([]);
    expect(await session.lens.errors()).toEqual([]);
  });
});
