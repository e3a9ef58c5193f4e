import { readFileSync } from 'node:fs';
import { type Extension } from '../../tests/e2e/support/harness';
import { type Figure } from '../figure';
import { measureSideBySide, pageFigures } from '../side-by-side';

const URL_ = 'https://arxiv.org/abs/2405.20519';
const FILE = 'tests/fixtures/abs/abs_2405.20519_derived-from-2026-07-12.html';

/**
 * (1) A saved abstract page (the 2026 layout), loaded in turn without and with the extension in the
 * same run: the main-thread work the extension adds through 2 s after load, when its panel is
 * rendered against the page without it reaching first contentful paint, and the layout shift it adds.
 */
export async function measureAbstractPage(ext: Extension, runs: number): Promise<Figure[]> {
  const loads = await measureSideBySide(ext, new Map([[URL_, readFileSync(FILE, 'utf8')]]), URL_, 'panel', runs);
  return pageFigures('abs', '1. abstract page', loads, 'panel rendered', { workAddedMs: 25, shownAfterFcp: 50, clsAdded: 0.01 });
}
