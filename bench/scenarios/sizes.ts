import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../tests/e2e/support/harness';
import { figure, type Figure } from '../figure';

/** The scripts a built page loads: its module entry and every chunk it preloads. */
function pageScripts(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
}

function sizeOf(files: string[]): { raw: number; gzip: number } {
  const bytes = Buffer.concat(files.map((f) => readFileSync(join(EXTENSION_DIR, f))));
  return { raw: bytes.length / 1000, gzip: gzipSync(bytes, { level: 9 }).length / 1000 };
}

/** The popup's scripts at 27dcde5 (7 December 2026), raw: #25 holds the popup to no more script than then. */
const POPUP_RAW_KB = 235.6;

/** (6) The size of each built entry point, raw and gzip (what a browser downloads and parses). */
export function measureSizes(): Figure[] {
  const entries: [string, string, string[], { raw?: number; gzip?: number }][] = [
    ['content', 'content script', ['content-scripts/content.js'], { gzip: 85 }],
    ['background', 'background', ['background.js'], {}],
    ['popup', 'popup', pageScripts(readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8')), { raw: POPUP_RAW_KB }],
    ['options', 'options page', pageScripts(readFileSync(join(EXTENSION_DIR, 'options.html'), 'utf8')), {}],
  ];
  return entries.flatMap(([key, label, files, target]) => {
    const { raw, gzip } = sizeOf(files);
    return [
      figure(`size-${key}-raw`, `6. ${label}, raw`, 'kB', [raw], target.raw),
      figure(`size-${key}-gzip`, `6. ${label}, gzip`, 'kB', [gzip], target.gzip),
    ];
  });
}
