import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

function curate(...args: string[]) {
  // Run from elsewhere: relative paths must still be taken from the repository root.
  return spawnSync(join(REPO, 'node_modules/.bin/tsx'), [join(REPO, 'lib/curate/cli.ts'), ...args], {
    cwd: tmpdir(),
    encoding: 'utf8',
  });
}

describe('npm run curate', () => {
  it('writes the pack and reports what it did', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'curate-')), 'core.json');
    const run = curate('--seeds', 'lib/curate/seeds', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(REPO, 'public/packs/core.json'), 'utf8'));
    expect(run.stdout).toContain('AI Timeline: 3 entries, 3 skipped');
    expect(run.stdout).toContain('100 from the source text, 38 from arxiv-ids.tsv, 0 by abstract match');
    expect(run.stdout).toContain('Papers: 154 (4 entries merged');
    expect(run.stdout).toContain('Papers without id: 20');
  }, 30_000);

  it('fails with a clear message on a seed it does not recognise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(dir, 'notes.txt'), 'Some notes about papers.');
    writeFileSync(join(dir, 'arxiv-ids.tsv'), 'title\tarxiv_id\tseed_heading\n');
    const run = curate('--seeds', dir, '--out', join(dir, 'core.json'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^curate: notes\.txt: not a known seed format/);
  }, 30_000);

  it('fails with a clear message on a seeds directory it cannot read', () => {
    const run = curate('--seeds', join(tmpdir(), 'no-such-seeds-dir'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^curate: cannot read the seeds directory/);
  }, 30_000);
});
