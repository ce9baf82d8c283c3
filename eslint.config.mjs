// ESLint flat config: Next.js's rules (core web vitals, React hooks, a11y basics) plus
// typescript-eslint's type-checked rules, then Prettier's "turn off what formatting decides".
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Numbers in template strings are how this app formats every label; only objects are a bug there.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `xs[i]!` after a bounds check is the norm in the numeric code; the rule finds no bugs there.
      "@typescript-eslint/no-non-null-assertion": "off",
      // `onClick={() => setOpen(false)}` is not confusing.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // Every hit was an async function written to fit a promise-returning slot (Prisma's
      // adapter(), action handlers and fake fetches in tests), where `async` is what turns a
      // throw into a rejection. Forgotten awaits are what matters, and no-floating-promises
      // and no-misused-promises find those.
      "@typescript-eslint/require-await": "off",
      // `const { id, ...rest } = row` is how this code drops fields from a copy.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  prettier,
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "public/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
