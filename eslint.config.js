import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { moduleBoundaries } from './eslint-rules/module-boundaries.js';

export default tseslint.config(
  { ignores: ['node_modules', 'data', '.e2e-artifacts', '.test-tmp', 'public/js/vendor'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { sunshine: { rules: { 'module-boundaries': moduleBoundaries } } },
    rules: {
      'sunshine/module-boundaries': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE.md §7).' },
      ],
    },
  },
  {
    files: ['eslint.config.js', 'eslint-rules/**', 'migrations/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['public/js/**'],
    languageOptions: {
      globals: { document: 'readonly', window: 'readonly', HTMLElement: 'readonly' },
    },
  },
);
