/*
 * Copyright 2026 The Meshwork Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import fs from 'node:fs';

/**
 * CPU time a process has used so far, in ms, from /proc (Linux only, where
 * this benchmark runs); undefined where it cannot be read. Linux counts it
 * in ticks of 10 ms, so a window must be a few hundred ms to mean anything.
 */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces; count fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

export interface QuietOptions {
  /** Reads the backend's CPU time so far, in ms. */
  cpuMs: () => number | undefined;
  /** How long the backend must stay quiet. */
  windowMs?: number;
  /** The share of one core that still counts as quiet. */
  maxShare?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const SAMPLE_MS = 100;

/**
 * Waits until the backend has used under `maxShare` of a core for
 * `windowMs`: work a page left behind (a closed tab's requests still being
 * answered, a scheduled task) must not land in the next page's timing.
 * Returns how long it waited and whether the backend went quiet in time;
 * where CPU time cannot be read it returns at once, unsettled.
 */
export async function waitForQuietBackend(
  options: QuietOptions,
): Promise<{ waitedMs: number; quiet: boolean }> {
  const {
    cpuMs,
    windowMs = 500,
    maxShare = 0.1,
    timeoutMs = 30_000,
    sleep = ms => new Promise(resolve => setTimeout(resolve, ms)),
    now = Date.now,
  } = options;
  const start = now();
  const samples: Array<{ at: number; cpu: number }> = [];
  for (;;) {
    const cpu = cpuMs();
    if (cpu === undefined) return { waitedMs: 0, quiet: false };
    const at = now();
    samples.push({ at, cpu });
    while (samples.length > 1 && at - samples[1].at >= windowMs) {
      samples.shift();
    }
    const span = at - samples[0].at;
    if (span >= windowMs && cpu - samples[0].cpu <= span * maxShare) {
      return { waitedMs: at - start, quiet: true };
    }
    if (at - start >= timeoutMs) return { waitedMs: at - start, quiet: false };
    await sleep(SAMPLE_MS);
  }
}
