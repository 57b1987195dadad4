// Samples the resident memory of a process and all its descendants from /proc, so every stage is measured alike.

import { readFileSync, readdirSync } from "node:fs";

export interface MemoryPeak {
  /** The highest VmHWM (peak resident set) any single process in the tree reached, in MB. */
  maxSingleMB: number;
  /** The highest sum of VmRSS over the whole tree at one sample, in MB. */
  treeSumMB: number;
  /** How many distinct processes the tree held over its life. */
  processes: number;
  samples: number;
}

export interface MemoryWatch {
  stop(): MemoryPeak;
}

/** Linux only: without /proc every figure stays 0 and the caller falls back to what the child reports. */
export function watchMemory(rootPid: number, intervalMs = 200): MemoryWatch {
  const peaks = new Map<number, number>();
  let treeSumKB = 0;
  let samples = 0;
  const sample = (): void => {
    let sumKB = 0;
    for (const pid of processTree(rootPid)) {
      const status = readProc(`/proc/${pid}/status`);
      if (status === null) continue;
      const hwm = statusField(status, "VmHWM");
      sumKB += statusField(status, "VmRSS");
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, hwm));
    }
    treeSumKB = Math.max(treeSumKB, sumKB);
    samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop(): MemoryPeak {
      clearInterval(timer);
      sample();
      return {
        maxSingleMB: Math.max(0, ...peaks.values()) / 1024,
        treeSumMB: treeSumKB / 1024,
        processes: peaks.size,
        samples,
      };
    },
  };
}

/** The root and every descendant, found through the parent pid in each /proc/<pid>/stat. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(`/proc/${entry}/stat`);
    // The command name may hold spaces and parentheses; the fields after its last ")" are fixed.
    const ppid = stat === null ? NaN : Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (Number.isNaN(ppid)) continue;
    const siblings = children.get(ppid) ?? [];
    siblings.push(Number(entry));
    children.set(ppid, siblings);
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] ?? -1) ?? []));
  return tree;
}

function readProc(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null; // The process ended between listing and reading.
  }
}

function statusField(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status);
  return match?.[1] === undefined ? 0 : Number(match[1]);
}
