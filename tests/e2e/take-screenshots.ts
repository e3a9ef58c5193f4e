/**
 * `npm run screenshots`: the README's pictures, taken from the built extension on the fixture
 * pages, in light and dark, and the abstract page in Firefox. Not a test: run it after a UI change and commit the images.
 */
import { openAnnotated as openAnnotatedTab } from './driver';
import { launchFirefoxLens } from './firefox-driver';
import { launchExtension, openAnnotated, openExtensionPage } from './harness';

const OUT = 'tests/screenshots';

const ext = await launchExtension();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const abs = await openAnnotated(ext, 'https://arxiv.org/abs/2405.20519');
    await abs.emulateMedia({ colorScheme: scheme });
    await abs.setViewportSize({ width: 1100, height: 900 });
    await abs.locator('[data-arxiv-lens="panel"] button[data-action="save"]').click();
    await abs.locator('[data-arxiv-lens="panel"] input[data-action="add-tag"]').fill('to discuss');
    await abs.locator('[data-arxiv-lens="panel"] input[data-action="add-tag"]').press('Enter');
    await abs.locator('[data-arxiv-lens="panel"]').screenshot({ path: `${OUT}/panel-${scheme}.png` });
    await abs.locator('[data-arxiv-lens="panel"] button[data-action="save"]').click();
    await abs.close();
  }
  const listing = await openAnnotated(ext, 'https://arxiv.org/list/cs.LG/new');
  await listing.setViewportSize({ width: 1100, height: 1300 });
  await listing.locator('[data-paper-id="2406.02543"] [data-summarized]').click();
  await listing.locator('#dlpage').screenshot({ path: `${OUT}/listing.png` });
  for (const id of ['2405.20519', '2405.21060', '2406.02543', '2406.07522'])
    await listing.locator(`[data-paper-id="${id}"] button[data-action="save"]`).click();
  const popup = await openExtensionPage(ext, 'popup.html');
  await popup.setViewportSize({ width: 440, height: 580 });
  await popup.locator('[data-testid="reading-item"]').nth(3).waitFor();
  await popup.screenshot({ path: `${OUT}/popup.png` });
  const options = await openExtensionPage(ext, 'options.html');
  await options.setViewportSize({ width: 1000, height: 1100 });
  await options.locator('[data-testid="pack"]').first().waitFor();
  await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });
} finally {
  await ext.close();
}

// The same abstract page in Firefox ESR, from the Firefox build.
const firefox = await launchFirefoxLens();
try {
  const abs = await openAnnotatedTab(firefox, 'https://arxiv.org/abs/2405.20519');
  await abs.click('[data-arxiv-lens="panel"] >>> button[data-action="save"]');
  await abs.fill('[data-arxiv-lens="panel"] >>> input[data-action="add-tag"]', 'to discuss');
  await abs.press('[data-arxiv-lens="panel"] >>> input[data-action="add-tag"]', 'Enter');
  await abs.waitFor(() => document.querySelector('[data-arxiv-lens="panel"]')!.shadowRoot!.querySelector('[data-tag="to discuss"]') !== null);
  await abs.screenshot(`${OUT}/firefox-abstract.png`, '#abs');
} finally {
  await firefox.close();
}
