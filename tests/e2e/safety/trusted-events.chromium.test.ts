import { describe, expect, it } from 'vitest';
import { launchChromiumLens } from '../support/chromium-driver';
import { openAnnotated } from '../support/harness';
import { useExtension } from '../support/session';

// Chromium only: Playwright's page.evaluate runs in the page's own world, as the page's scripts do.
// The build's shadow roots are open (ARXIV_LENS_OPEN_ROOTS=1), so this page script reaches inside
// them: the shipped build's are closed (closed-roots.chromium.test.ts).
const session = useExtension(launchChromiumLens);

const PANEL = '[data-arxiv-lens="panel"][data-paper-id="2405.20519"]';
const BAR = '[data-arxiv-lens="bar"]';

describe("what a page's scripts can reach", () => {
  it("save nothing and add no tag; the user's own click and Enter do", async () => {
    const page = await openAnnotated(session.lens.extension, 'https://arxiv.org/abs/2405.20519v2');
    const save = page.locator(`${PANEL} [data-action="save"]`);
    await save.waitFor();
    await page.evaluate((panel) => {
      const host = document.querySelector(panel)!;
      const root = host.shadowRoot!;
      root.querySelector<HTMLElement>('[data-action="save"]')!.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const field = root.querySelector<HTMLInputElement>('input[data-action="add-tag"]')!;
      field.value = 'planted';
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }, PANEL);

    // Had the script's click saved, the user's click would unsave.
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    const field = page.locator(`${PANEL} input[data-action="add-tag"]`);
    await field.fill('mine');
    await field.press('Enter');
    await expect.poll(() => page.locator(`${PANEL} [data-tag="mine"]`).count()).toBe(1);
    expect(await page.locator(`${PANEL} [data-tag="planted"]`).count()).toBe(0);
    await page.close();
  });

  it("start no triage; the user's Shift+T does", async () => {
    const page = await openAnnotated(session.lens.extension, 'https://arxiv.org/list/cs.LG/new');
    await page.locator(`${BAR} [data-action="triage"]`).waitFor();
    await page.evaluate(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'T', shiftKey: true, bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    });
    // A real click lands after anything the script's keys set off has rendered.
    const save = page.locator('[data-arxiv-lens="row"][data-paper-id="2406.07550"] [data-action="save"]');
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-arxiv-lens="row"] .lens-root[data-current]').count()).toBe(0);
    expect(await page.locator(`${BAR} [data-triage-progress]`).count()).toBe(0);

    // Keys typed in the extension's controls stay there: the page has the focus, as after a click on it.
    await page.locator('#dlpage h1, #dlpage h3').first().click();
    await page.keyboard.press('Shift+T');
    await expect.poll(() => page.locator('[data-arxiv-lens="row"] .lens-root[data-current]').count()).toBe(1);
    await page.close();
  });

  it("turn no filter on and open no menu of the bar; the user's clicks do", async () => {
    const page = await openAnnotated(session.lens.extension, 'https://arxiv.org/list/cs.LG/new');
    const filter = (name: string) => page.locator(`${BAR} [data-filter="${name}"]`);
    await filter('summarized').waitFor();
    await page.evaluate((bar) => {
      const root = document.querySelector(bar)!.shadowRoot!;
      root.querySelector<HTMLElement>('[data-filter="summarized"]')!.click();
      const press = (selector: string, key: string) =>
        root.querySelector(selector)!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      press('[data-filter="hide-saved"]', 'Enter');
      press('[data-filter="tag"]', 'ArrowDown');
    }, BAR);

    // Had the script's click or key turned a filter on, the user's click would turn it off.
    for (const name of ['summarized', 'hide-saved']) {
      await filter(name).click();
      await expect.poll(() => filter(name).getAttribute('aria-pressed')).toBe('true');
    }
    expect(await filter('tag').getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it("suggest the user's tags only inside the tag field's own list, as the user types", async () => {
    const page = await openAnnotated(session.lens.extension, 'https://arxiv.org/list/cs.LG/new');
    const row = '[data-arxiv-lens="row"][data-paper-id="2406.02543"]';
    await page.locator(`${row} .lens-add-tag`).click();
    const field = page.locator(`${row} input[data-action="add-tag"]`);
    await field.pressSequentially('mi');
    const suggestion = page.locator(`${row} [role="listbox"] [data-suggested-tag="mine"]`);
    await suggestion.waitFor();
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    // No datalist anywhere, in the page or a host: the field's list holds only the few that fit.
    expect(
      await page.evaluate(() => {
        const roots = [document, ...[...document.querySelectorAll('[data-arxiv-lens]')].map((host) => host.shadowRoot!)];
        return roots.flatMap((root) => [...root.querySelectorAll('datalist, input[list]')]).length;
      }),
    ).toBe(0);
    await field.press('ArrowDown');
    expect(await field.getAttribute('aria-activedescendant')).toBe(await suggestion.getAttribute('id'));
    await field.press('Enter');
    await expect.poll(() => page.locator(`${row} [data-tag="mine"]`).count()).toBe(1);
    await page.close();
  });

  it('logged no errors of its own', async () => {
    expect(await session.lens.errors()).toEqual([]);
  });
});
