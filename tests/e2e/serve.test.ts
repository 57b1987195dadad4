// `broadsheet serve`: serves the site and rebuilds it when an article is added.
import { spawn } from "node:child_process";
import { cp, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI } from "../helpers/build-fixture.ts";
import { REPO, makeTempDir, removeTempDirs } from "../helpers/temp.ts";

afterAll(removeTempDirs);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function poll(url: string, until: (body: string) => boolean, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      last = await (await fetch(url)).text();
      if (until(last)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} never satisfied the condition; last body began: ${last.slice(0, 200)}`);
}

describe("broadsheet serve", () => {
  it("serves the built site and rebuilds when an article is added", async () => {
    const root = await makeTempDir("serve");
    const input = path.join(root, "in");
    await cp(path.join(REPO, "seeds"), input, { recursive: true });
    const port = await freePort();
    // From the temporary folder, so that the facts cache it keeps is not left in the repository.
    const child = spawn(process.execPath, [CLI, "serve", "--input", input, "--output", path.join(root, "out"), "--port", String(port)], { stdio: "ignore", cwd: root });
    try {
      const url = `http://localhost:${port}/`;
      const first = await poll(url, (body) => body.includes("Japan defense minister"), 30_000);
      expect(first).not.toContain("Harbour reopens");
      await writeFile(path.join(input, "2024-05-01-harbour.txt"), "Harbour reopens after storm\n\nBoats returned on Tuesday.\n");
      const second = await poll(url, (body) => body.includes("Harbour reopens"), 30_000);
      // Newest first: the dated article now leads the front page.
      expect(second.indexOf("Harbour reopens")).toBeLessThan(second.indexOf("Japan defense minister"));
    } finally {
      child.kill("SIGTERM");
    }
  }, 90_000);
});
