import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import paths a layer may not use statically (docs/architecture.md, "Layers"). */
function forbid(files, patterns, why) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: patterns, message: why }] }],
    },
  };
}

const UI_LIBRARIES = '^(preact|preact/.*|i18next|@preact/.*)$';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/fixtures/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The classic hook rules; the React Compiler rules of the plugin's preset assume React's model.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  forbid(
    ['src/letters/**'],
    `^\\.\\./(\\.\\./)*(panel|options|content|sites|editor|storage|i18n|ui|background|platform)(/|$)|${UI_LIBRARIES}|^webextension-polyfill$`,
    'src/letters is the pure core: it imports nothing of the other layers, no UI and no browser API.',
  ),
  forbid(
    ['src/sites/**'],
    `^\\.\\./(\\.\\./)*(letters|panel|options|ui|editor|storage|i18n)(/|$)|${UI_LIBRARIES}`,
    'A site adapter is DOM access only: no letters, no UI.',
  ),
  forbid(
    ['src/content/**'],
    // i18n/ui-strings is allowed: only its loaders, so a click can fetch the strings beside the panel.
    `^\\.\\./(panel|letters|ui|options|storage)(/|$)|^\\.\\./i18n/(?!ui-strings$)|${UI_LIBRARIES}`,
    'The eager content script stays small (8 KB gz): the panel, Preact, i18next and the letters load with import() on first open.',
  ),
  forbid(['src/options/**'], '^\\.\\./panel(/|$)', 'Pieces both pages use live in src/ui.'),
  forbid(['src/panel/**'], '^\\.\\./options(/|$)', 'Pieces both pages use live in src/ui.'),
  forbid(['src/ui/**'], '^\\.\\./(panel|options)(/|$)', 'src/ui is shared by the panel and the options page, and knows neither.'),
);
