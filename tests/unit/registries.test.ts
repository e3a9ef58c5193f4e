import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, IMPORT_FORMATS } from '@/lib/exchange/formats';
import { PAGE_DETECTORS } from '@/lib/pages';
import { SOURCES } from '@/lib/sources';
import { SOURCE_DEFAULT_ON, SOURCE_IDS, SOURCE_ORIGIN_KEYS } from '@/lib/sources/keys';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const README = read('README.md');

/** Every test file under a folder, by its path from the project's root. */
function testFiles(folder: string): string[] {
  return readdirSync(new URL(folder, ROOT), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `${folder}/${file}`);
}

/** The names a file imports from each module it names, as written (`@/lib/…` or `./…`). */
function importsOf(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [, names, from] of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
    const list = names!
      .split(',')
      .map(
        (name) =>
          name
            .trim()
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)[0]!,
      )
      .filter(Boolean);
    found.set(from!, [...(found.get(from!) ?? []), ...list]);
  }
  return found;
}

/** Which module of a folder exports a registry entry, and under what name: found by identity, not by naming convention. */
function whereDefined(modules: Record<string, Record<string, unknown>>, entry: unknown): { path: string; name: string } {
  for (const [path, exports] of Object.entries(modules)) {
    const name = Object.keys(exports).find((key) => exports[key] === entry);
    if (name) return { path: path.replace(/^\//, '').replace(/\.ts$/, ''), name };
  }
  throw new Error('exported by no module of its folder');
}

/**
 * The modules of a registry folder that register nothing: each file there is to be one add-on,
 * whose export its registry lists. `contract` names the files that are the registry itself.
 */
function unregistered(modules: Record<string, Record<string, unknown>>, registry: readonly unknown[], contract: readonly string[]): string[] {
  return Object.entries(modules)
    .filter(([path]) => !contract.some((file) => path.endsWith(`/${file}`)))
    .filter(([, exports]) => !Object.values(exports).some((value) => registry.includes(value)))
    .map(([path]) => path);
}

/** The rows of the README table under a heading, as cells. */
function readmeTable(heading: string): string[][] {
  const section = README.split(/^#+ /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line))
    .slice(1)
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe('export formats', () => {
  const modules = import.meta.glob<Record<string, unknown>>('/lib/exchange/formats/*.ts', { eager: true });
  const tests = testFiles('tests/unit/lib/exchange').map((path) => ({ path, text: read(path) }));
  // The README lists what the options page exports in one parenthesis: "export (backup JSON, BibTeX, CSV, RIS)".
  const readmeList = /\bexport \(([^)]*)\)/.exec(README)?.[1]?.toLowerCase() ?? '';

  it('have unique ids', () => {
    expect(new Set(EXPORT_FORMATS.map((format) => format.id)).size).toBe(EXPORT_FORMATS.length);
  });

  it('are each file of lib/exchange/formats/, every one registered', () => {
    expect(unregistered(modules, [...EXPORT_FORMATS, ...IMPORT_FORMATS], ['index.ts'])).toEqual([]);
  });

  it.each(EXPORT_FORMATS.map((format) => [format.id, format] as const))(
    '%s has a label, a file extension, a MIME type and a README mention',
    (id, format) => {
      expect(format.label.trim()).not.toBe('');
      expect(format.extension).toMatch(/^[a-z0-9]+$/);
      expect(format.mimeType).toMatch(/^(application|text)\/[a-z0-9.+-]+$/);
      expect(readmeList.split(/,\s*/).some((item) => item.split(/\s+/).includes(id))).toBe(true);
    },
  );

  it.each(EXPORT_FORMATS.map((format) => [format.id, format] as const))(
    '%s is serialized by a test under tests/unit/lib/exchange/',
    (_id, format) => {
      const { path, name } = whereDefined(modules, format);
      const using = tests.filter(({ text }) => importsOf(text).get(`@/${path}`)?.includes(name) && text.includes(`${name}.serialize(`));
      expect(using.map((test) => test.path)).not.toEqual([]);
    },
  );
});

describe('sources', () => {
  const modules = import.meta.glob<Record<string, unknown>>('/lib/sources/*.ts', { eager: true });
  const tests = [...testFiles('tests/unit/lib/sources'), ...testFiles('tests/unit/lib/source-apis')].map((path) => ({ path, text: read(path) }));
  // By their path under tests/fixtures/apis/ (`s2/s2-batch.json`), as the tests name them.
  const samples = readdirSync(new URL('tests/fixtures/apis', ROOT), { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(json|xml)$/.test(file),
  );
  const rows = readmeTable('Sources');

  it('are each file of lib/sources/ beside the registry, every one registered', () => {
    expect(unregistered(modules, SOURCES, ['index.ts', 'types.ts', 'keys.ts'])).toEqual([]);
  });

  it('are the ids SOURCE_IDS lists, each once, each with its store key and default', () => {
    const ids = SOURCES.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...SOURCE_IDS].sort());
    for (const source of SOURCES) {
      expect(SOURCE_ORIGIN_KEYS[source.id]).toBe(`source:${source.id}`);
      expect(source.defaultOn).toBe(SOURCE_DEFAULT_ON[source.id]);
    }
  });

  it.each(SOURCES.map((source) => [source.id, source] as const))(
    '%s has a label, says what it sends, and names the https origins it fetches',
    (_id, source) => {
      expect(source.label.trim()).not.toBe('');
      expect(source.sends.trim().length).toBeGreaterThan(20);
      expect(source.origins.length).toBeGreaterThan(0);
      for (const origin of source.origins) expect(origin).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    },
  );

  it.each(SOURCES.map((source) => [source.id, source] as const))(
    '%s has a row in the README’s Sources table that says whether it is on by default',
    (_id, source) => {
      const row = rows.find(([label]) => label === source.label);
      expect(row, `no row "| ${source.label} |" in README.md`).toBeDefined();
      expect(row![1]!.startsWith(source.defaultOn ? 'yes' : 'no')).toBe(true);
    },
  );

  it.each(SOURCES.map((source) => [source.id, source] as const))(
    '%s has a parser test under tests/unit/lib/source-apis/ over a real API sample',
    (_id, source) => {
      const { path, name } = whereDefined(modules, source);
      const sourceImports = importsOf(read(`${path}.ts`));
      // Its parsers: the parse* functions it takes from the sources' API modules.
      const parsers = [...sourceImports].flatMap(([from, names]) =>
        from.startsWith('../source-apis/')
          ? names.filter((imported) => imported.startsWith('parse')).map((parser) => ({ parser, module: `@/lib/${from.slice(3)}` }))
          : [],
      );
      expect(parsers, `${path}.ts imports no parse* function`).not.toEqual([]);
      for (const { parser, module } of parsers) {
        const parserTests = tests.filter(({ text }) => importsOf(text).get(module)?.includes(parser));
        expect(
          parserTests.map((test) => test.path),
          `no test imports ${parser}`,
        ).not.toEqual([]);
      }
      const ownTests = tests.filter(({ text }) => {
        const imports = importsOf(text);
        return imports.get(`@/${path}`)?.includes(name) || parsers.some(({ parser, module }) => imports.get(module)?.includes(parser));
      });
      const referenced = samples.filter((sample) => ownTests.some(({ text }) => text.includes(sample)));
      expect(referenced, `no test of ${source.id} reads a sample of tests/fixtures/apis/`).not.toEqual([]);
    },
  );
});

describe('page kinds', () => {
  const modules = import.meta.glob<Record<string, unknown>>('/lib/pages/*.ts', { eager: true });

  // Each registered kind's other direction (label, fixture, README, permissions) is tested in tests/unit/lib/pages/registry.test.ts.
  it('are each file of lib/pages/ beside the registry, every one registered', () => {
    expect(unregistered(modules, PAGE_DETECTORS, ['index.ts', 'types.ts', 'matches.ts'])).toEqual([]);
  });
});
