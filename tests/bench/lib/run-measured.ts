/** Runs a command and reports its wall time and the peak resident memory of its whole process tree (Linux /proc). */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** A stage of a run: it starts at the first output line matching `startsAt` (the first stage at the start) and ends where the next stage starts. */
export type Stage = { name: string; startsAt?: RegExp };

/** What one stage of a run took; absent when its output never appeared. */
export type StageFigures = { name: string; seconds: number; peakBytes: number };

/** What one measured run took. */
export type Measured = { seconds: number; peakBytes: number; exitCode: number; output: string; stages: StageFigures[] };

// Each thread's /proc/<pid>/task/<tid>/children lists the processes it started: a few small reads per sample,
// where scanning every process's stat costs the machine being measured a few percent of a core.
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean).map(Number));
  } catch {
    return scanForChildren(pid);
  }
}

// For kernels without the children files (CONFIG_PROC_CHILDREN), or a process that ended while we looked.
function scanForChildren(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function treeRss(pid: number): number {
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      continue;
    }
    queue.push(...childrenOf(current));
  }
  return total;
}

/**
 * Runs `command args` in `cwd`, sampling the memory of its process tree every 100 ms. With `stages`, it also
 * splits the run where each stage's output first appears, and reports each stage's time and peak memory.
 */
export function runMeasured(command: string, args: string[], cwd: string, { stages = [] }: { stages?: readonly Stage[] } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const seen: { name: string; at: number; peakBytes: number }[] = [];
    const enter = (name: string) => seen.push({ name, at: performance.now(), peakBytes: 0 });
    if (stages[0] && !stages[0].startsAt) enter(stages[0].name);
    let output = "";
    const read = (chunk: Buffer) => {
      // The end of what came before, in case a line is split between two chunks.
      const recent = output.slice(-200) + chunk;
      output += chunk;
      // A later stage may start in the same chunk as an earlier one; stages are looked for in order.
      for (let next = stages[seen.length]; next?.startsAt?.test(recent); next = stages[seen.length]) enter(next.name);
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    let peakBytes = 0;
    const timer = setInterval(() => {
      if (!child.pid) return;
      const bytes = treeRss(child.pid);
      peakBytes = Math.max(peakBytes, bytes);
      const current = seen.at(-1);
      if (current) current.peakBytes = Math.max(current.peakBytes, bytes);
    }, 100);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      const ended = performance.now();
      const figures = seen.map((s, i) => ({ name: s.name, seconds: ((seen[i + 1]?.at ?? ended) - s.at) / 1000, peakBytes: s.peakBytes }));
      resolve({ seconds: (ended - started) / 1000, peakBytes, exitCode: code ?? 1, output, stages: figures });
    });
  });
}
