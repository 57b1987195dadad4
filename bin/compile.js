// Compiles Broadsheet's TypeScript into one ESM bundle (plus the worker thread's entry) with esbuild,
// into node_modules/.cache/broadsheet/<hash of the output>/, and returns that folder. Done on every
// start, so the bundle never lags behind src/; it takes about 40 ms, against 0.3 s a process (and
// each worker thread) for loading the sources through tsx.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * Packages are loaded from node_modules at run time, except these, which are bundled: markdown-it
 * (and the ES modules it imports) imported from node_modules made the read stage of a 10,000-article
 * build 1.5 times slower on the threads, for reasons inside V8 we did not pin down; bundled, it runs
 * as fast as the sources under tsx do (bench/per-article.ts). Measured again on 2026-11-29, the gap was
 * smaller: read 2.70–2.94 s bundled against 2.90–3.36 s not (10,000 articles without search, three pairs).
 */
const BUNDLED = new Set(["markdown-it", "linkify-it", "mdurl", "uc.micro", "punycode.js", "entities"]);

/** esbuild's `packages: "external"`, with exceptions. */
function externalPackagesBut(bundled) {
  return {
    name: "external-packages",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.startsWith("@") ? args.path.split("/", 2).join("/") : args.path.split("/")[0];
        return bundled.has(name) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function compile() {
  const result = await build({
    entryPoints: { cli: path.join(ROOT, "src/cli.ts"), "parallel/worker": path.join(ROOT, "src/parallel/worker.ts") },
    outdir: "/",
    write: false,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    plugins: [externalPackagesBut(BUNDLED)],
    sourcemap: "inline",
    define: { __BROADSHEET_ROOT__: JSON.stringify(ROOT) },
    logLevel: "error",
  });
  const hash = createHash("sha256");
  for (const file of result.outputFiles) hash.update(file.path).update(file.contents);
  const dir = path.join(ROOT, "node_modules/.cache/broadsheet", hash.digest("hex").slice(0, 16));
  if (existsSync(dir)) return dir;
  // Written beside and renamed into place, so a process starting at the same time never sees half a bundle.
  const temp = `${dir}.tmp-${process.pid}`;
  for (const file of result.outputFiles) {
    const target = path.join(temp, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  try {
    renameSync(temp, dir);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(dir)) throw error;
  }
  return dir;
}
