import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Tests run against the TypeScript sources (aliases below), so `pnpm test` needs no build;
// the CLI and the benchmarks run the tsc output instead (tsx/esbuild wrappers distort timings).
const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@rlms/reader": src("reader"),
      "@rlms/evaluator": src("evaluator"),
      "@rlms/primitives": src("primitives"),
      "@rlms/runtime": src("runtime"),
    },
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", "./test/support/summary-reporter.ts"],
    testTimeout: 30_000,
  },
});
