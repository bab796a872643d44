import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
// typescript-eslint's recommended rules, as Next configures them.
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.next-test/**',
    '.next-test-edit/**',
    'lib/generated/**',
    'next-env.d.ts',
    'coverage/**',
    '.data/**',
    'tmp/**',
    '.next-*/**',
  ]),
  {
    rules: {
      // `_`-prefixed names mark values that are deliberately unused (destructured away, positional parameters).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    // Scripts and tests are command-line programs: printing to the console is their output.
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
]);
