// CPU of one search shard written two ways: by Pagefind 1.6's own process (custom records through its
// Node API) and by Broadsheet's native writer (src/search/native/), on the same benchmark articles.
// Usage: node --import tsx bench/native-search-speed.ts [records=5000]
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { writeNativeShard } from "../src/search/native/write-bundle.ts";
import type { PlannedShard } from "../src/search/plan-shards.ts";
import type { ShardRecord } from "../src/search/types.ts";
import { composeArticle } from "./compose-article.ts";

const count = Number(process.argv[2] ?? 5000);

function records(): ShardRecord[] {
  const list: ShardRecord[] = [];
  for (let i = 0; i < count; i++) {
    const a = composeArticle(i, 1);
    const content = a.text.slice(a.text.lastIndexOf(`${a.headline}\n\n`) + a.headline.length + 2);
    list.push({ url: `articles/a${i}/`, content, language: "en", meta: { title: a.headline, date: "2021-03-04" }, filters: { year: ["2021"], person: ["John Smith"], topic: [`topic ${i % 9}`] } });
  }
  return list;
}

/** CPU seconds of this process's ended, waited-for children (/proc/self/stat cutime + cstime). */
function childrenCpu(): number {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const selfCpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

const root = await mkdtemp(path.join(tmpdir(), "native-search-speed-"));
try {
  // Pagefind: its process's CPU, counted once it has ended.
  let input = records();
  const beforeChildren = childrenCpu();
  const beforeSelf = selfCpu();
  const { index } = await pagefind.createIndex({});
  for (let start = 0; start < input.length; start += 32) {
    await Promise.all(input.slice(start, start + 32).map((r) => index!.addCustomRecord({ ...r, content: r.content as string })));
  }
  await index!.writeFiles({ outputPath: path.join(root, "pagefind") });
  await pagefind.close();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const pagefindCpu = { process: childrenCpu() - beforeChildren, node: selfCpu() - beforeSelf };

  // Native: this thread's CPU (the first call also asks Pagefind once for its browser files).
  input = records();
  const shard: PlannedShard = { path: "en-0/", language: "en", records: input.length, bytes: 0, items: input };
  const warm = await writeNativeShard({ ...shard, items: records().slice(0, 10) }, path.join(root, "warm"));
  if (!warm.written) throw new Error(`nothing to compare: ${warm.why}`);
  const before = selfCpu();
  await writeNativeShard(shard, path.join(root, "native"));
  const nativeCpu = selfCpu() - before;
  console.log(JSON.stringify({ records: count, pagefind: pagefindCpu, native: +nativeCpu.toFixed(2) }));
} finally {
  await rm(root, { recursive: true, force: true });
}
