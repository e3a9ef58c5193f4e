// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The layers of ARCHITECTURE.md, as import rules: each says what a folder must never reach into. */
const layer = (files, patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ allowTypeImports: true, ...p })) }] },
});

/** What lib/ never imports. */
const LIB = [
  {
    group: ['@/entrypoints/*', '@/components/*', '**/entrypoints/*', '**/components/*'],
    message: 'lib/ is the bottom layer: it never imports entrypoints or components.',
  },
];

/** The rooms of lib/ that open the database: only the background and the extension's pages use them. */
const DATABASE_ROOMS = ['@/lib/db/*', '@/lib/pack-store/*', '@/lib/user-data/*', '@/lib/reads/*', '@/lib/list-memory/*', '@/lib/ranking-data/*'];

/** What the content script, and the page logic it runs from lib/page-view, never imports. */
const CONTENT_SCRIPT = [
  {
    group: [
      ...DATABASE_ROOMS,
      '@/lib/sources',
      '@/lib/sources/*',
      '@/lib/source-apis/*',
      '@/lib/source-runtime/*',
      '@/lib/sync/*',
      '@/lib/exchange/*',
      'dexie',
      'dexie-react-hooks',
    ],
    message: 'The content script only messages the background; it never opens the database.',
  },
  {
    group: ['zod', '@/lib/messaging-schemas', '@/lib/pack/schema'],
    message: 'Zod stays out of the content script (its size); import types only.',
  },
];

/** What components never import: they get data and actions through props. */
const COMPONENTS = [
  {
    group: ['wxt/browser', 'webextension-polyfill', 'wxt/utils/storage'],
    message: 'Components get data and actions through props; they never call browser.*.',
  },
  {
    group: [...DATABASE_ROOMS, 'dexie', 'dexie-react-hooks'],
    message: 'Components get data through props or hooks, never from the database.',
  },
];

/** The user's data's writers, which the extension's pages reach only through the background's messages. */
const USER_DATA_WRITERS = {
  '@/lib/user-data/reading-list': ['savePaper', 'unsavePaper', 'setReadingState', 'restoreEntry'],
  '@/lib/user-data/user-tags': ['addUserTag', 'removeUserTag'],
  '@/lib/user-data/notes': ['setNote'],
  '@/lib/user-data/dismissed': ['dismiss', 'undismiss'],
  '@/lib/exchange/import': ['importUserData', 'importPapers'],
  '@/lib/list-memory/list-history': ['clearListHistory', 'pruneListHistory'],
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'public/', 'tests/e2e/failures/', 'tests/fixtures/releases/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['components/**', 'entrypoints/**'],
    ...reactHooks.configs.flat['recommended-latest'],
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      // A hint for the React Compiler, which the project does not use.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Zod and Dexie types read best as interfaces or aliases alike; the project uses both on purpose.
      '@typescript-eslint/consistent-type-definitions': 'off',
    },
  },
  layer(['components/**'], COMPONENTS),
  // The page's components and the shared ones are bundled into the content script: its rules too.
  layer(['components/page/**', 'components/common/**'], [...COMPONENTS, ...CONTENT_SCRIPT]),
  layer(['lib/**'], LIB),
  // Flat config gives a rule the options of the last block that matches a file: the blocks for
  // folders inside lib/ come after lib/'s own and repeat its rule.
  layer(['entrypoints/content/**'], CONTENT_SCRIPT),
  {
    // The background writes, so that it tells the tabs of each write once, awake or woken by the message.
    files: ['entrypoints/popup/**', 'entrypoints/options/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: Object.entries(USER_DATA_WRITERS).map(([name, importNames]) => ({
            name,
            importNames,
            allowTypeImports: true,
            message: "The extension's pages write the user's data through the background's messages.",
          })),
        },
      ],
    },
  },
  layer(['lib/page-view/**'], [...LIB, ...CONTENT_SCRIPT]),
  layer(
    ['lib/ranking/**'],
    [
      ...LIB,
      {
        group: ['dexie', 'wxt/*', '../**', '@/lib/**'],
        message: 'lib/ranking is pure: what it learns from comes in as values (lib/ranking-data reads them).',
      },
    ],
  ),
);
