import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A feature folder never imports another feature folder: shared code lives in src/ui, src/data
// or src/bundle.
const featureZones = readdirSync('./src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature folder does not import another feature folder.',
  }));

const synthZone = {
  target: ['./src/app', './src/features', './src/ui', './src/data', './src/importer'],
  from: './src/synth',
  message: 'Nothing but tests depends on the synthetic council generator.',
};

// Imports flow one way: bundle <- importer, bundle <- ui <- features <- app.
const layerZones = [
  {
    target: './src/bundle',
    from: './src',
    except: ['./bundle'],
    message: 'src/bundle depends on nothing else in src.',
  },
  {
    target: './src/importer',
    from: ['./src/app', './src/features', './src/ui', './src/data'],
    message: 'The importer does not depend on the app.',
  },
  {
    target: ['./src/app', './src/features', './src/ui', './src/data'],
    from: './src/importer',
    message: 'The app does not depend on the importer.',
  },
  {
    target: './src/synth',
    from: ['./src/app', './src/features', './src/ui', './src/data', './src/config'],
    message: 'The synthetic council generator does not depend on the app.',
  },
  synthZone,
  {
    target: ['./src/ui', './src/data'],
    from: ['./src/features', './src/app'],
    message: 'Shared code does not import features or the app.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'Features do not import the app: paths live in src/config.',
  },
  {
    target: './src/export',
    from: [
      './src/app',
      './src/features',
      './src/ui',
      './src/data',
      './src/config',
      './src/importer',
      './src/synth',
    ],
    message: 'src/export writes files from bundle records; it depends on nothing but src/bundle.',
  },
  {
    target: './src/config',
    from: ['./src/app', './src/features', './src/ui', './src/data', './src/importer'],
    message: 'src/config depends on nothing else in src but src/bundle.',
  },
  ...featureZones,
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'screenshots',
      'public',
      // A deliberate import cycle, linted only by the test that proves the cycle rule works.
      'src/test/fixtures/import-cycle',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'import-x/no-cycle': 'error',
      // Imports flow one way: bundle <- importer, bundle <- ui <- features <- app.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: layerZones,
        },
      ],
    },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      // Without these, import-x skips every .ts file it is led to, so no-cycle reads nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
  },
  {
    files: ['src/bundle/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'react', 'react-*'],
              message: 'src/bundle uses no Node APIs and no React.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'mocks/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A labelled region that scrolls sideways (a wide table on a phone) must take keyboard
      // focus to be scrolled without a mouse (WCAG 2.1.1; axe's scrollable-region-focusable
      // asks for exactly this), so `region` joins the roles that may carry tabIndex 0.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from a bundle is rendered as text, never as HTML.',
        },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Text from a bundle is rendered as text, never as HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Text from a bundle is rendered as text, never as HTML.',
        },
        {
          selector:
            "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'Text from a bundle is rendered as text, never as HTML.',
        },
        {
          selector: "CallExpression[callee.property.name='createContextualFragment']",
          message: 'Text from a bundle is rendered as text, never as HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // Tests and fixtures hold `javascript:` addresses as hostile data, to prove they do nothing.
    files: ['**/*.test.{ts,tsx}', '**/*.e2e.ts', 'mocks/**'],
    rules: { 'no-script-url': 'off' },
  },
  {
    // Tests may build a synthetic council to try a view at scale; shipped code never does.
    files: ['**/*.test.{ts,tsx}', '**/*.e2e.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: layerZones.filter((zone) => zone !== synthZone) },
      ],
    },
  },
);
