// @ts-check
// The lint gate (npm run lint): typed TypeScript rules and Astro's recommended rules, zero warnings.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist.staging/',
      '.astro/',
      'node_modules/',
      'coverage/',
      'reports/',
      'tests/fixtures/**/dist/',
      'public/pagefind/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // astro-eslint-parser does not support projectService (it would fall back to project: true with a
    // notice per file): give .astro files the tsconfig project explicitly, still typed.
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { projectService: false, project: true },
    },
  },
  {
    // Plain JavaScript (scripts, bench, config) has no type information to check against.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
