// Lint: a small, strict rule set over every package's source and the benchmarks (npm run lint,
// zero warnings). typescript-eslint's recommended rules without type information, so it stays fast.
import tseslint from 'typescript-eslint';

export default tseslint.config(
    { ignores: ['**/node_modules/**', '**/dist/**', '**/out/**', 'language/src/generated/**', 'bench/results/**'] },
    {
        files: ['language/src/**/*.ts', 'packages/*/src/**/*.ts', 'extension/src/**/*.ts', 'bench/**/*.ts'],
        extends: [tseslint.configs.recommended],
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports', disallowTypeAnnotations: false }],
            eqeqeq: ['error', 'always'],
            'no-var': 'error',
            'prefer-const': ['error', { destructuring: 'all' }],
        },
    },
);
