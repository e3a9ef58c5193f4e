import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, openAnnotated, type Extension } from '../support/harness';

// Chromium only: the store's package is built here (`wxt zip`, without ARXIV_LENS_OPEN_ROOTS) into
// a folder of its own, so the open build the other tests use stays as it is.
let out: string;
let shipped: Extension;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'arxiv-lens-zip-'));
  const { ARXIV_LENS_OPEN_ROOTS: _, ...env } = process.env;
  execFileSync(process.execPath, ['--input-type=module', '-e', "const { zip } = await import('wxt'); await zip({ outDir: process.argv[1] });", out], {
    env,
    stdio: 'pipe',
  });
  shipped = await launchExtension({ extension: join(out, 'chrome-mv3') });
}, 600_000);

afterAll(async () => {
  await shipped?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the build the store gets', () => {
  it('is the zip, made from this folder', () => {
    expect(readdirSync(out).filter((file) => file.endsWith('-chrome.zip'))).toHaveLength(1);
    expect(existsSync(join(out, 'chrome-mv3', 'manifest.json'))).toBe(true);
  });

  it("annotates a page through closed shadow roots: the page's scripts see the hosts, not inside them", async () => {
    const abs = await openAnnotated(shipped, 'https://arxiv.org/abs/2405.20519v2');
    const panel = await abs.evaluate(() => {
      const host = document.querySelector<HTMLElement>('[data-arxiv-lens="panel"]');
      return host && { shadowRoot: host.shadowRoot === null ? null : 'open', height: host.getBoundingClientRect().height };
    });
    expect(panel).toMatchObject({ shadowRoot: null });
    expect(panel!.height).toBeGreaterThan(0);

    const list = await openAnnotated(shipped, 'https://arxiv.org/list/cs.LG/new');
    const hosts = await list.evaluate(() => [...document.querySelectorAll('[data-arxiv-lens]')].map((host) => host.shadowRoot));
    expect(hosts.length).toBeGreaterThan(1);
    expect(hosts.every((root) => root === null)).toBe(true);
  });
});
