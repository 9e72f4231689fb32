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
import type { BackendProcess } from '../backendProcess';
import { processCpuMs, waitForQuietBackend } from '../backendQuiet';

/**
 * The most memory a process has held so far (its peak resident set,
 * VmHWM), in bytes, from /proc; undefined off Linux.
 */
export function peakRssBytes(pid: number): number | undefined {
  return statusBytes(pid, 'VmHWM');
}

function statusBytes(pid: number, field: string): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

/** The process's resident memory now, in bytes (VmRSS); undefined off Linux. */
export function rssBytes(pid: number): number | undefined {
  return statusBytes(pid, 'VmRSS');
}

/**
 * Starts counting the peak anew from the process's memory now (Linux's
 * clear_refs 5), so that peakRssBytes says what came after: the peak of
 * starting from TypeScript sources and of loading the catalog stays out.
 */
export function resetPeakRss(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * CPU time the whole machine has spent busy so far, in ms, from /proc/stat
 * (every process: the replicas, PostgreSQL, the benchmark, anyone else);
 * undefined off Linux.
 */
export function machineBusyMs(): number | undefined {
  try {
    const [, ...ticks] = fs
      .readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .map(Number);
    // user nice system idle iowait irq softirq steal: all but idle and iowait.
    const [user, nice, system, , , irq, softirq, steal] = ticks;
    return (user + nice + system + irq + softirq + (steal ?? 0)) * 10;
  } catch {
    return undefined;
  }
}

/** Each replica's CPU over a window, as a share of one core (1 = a core busy all along). */
export interface CpuWindow {
  seconds: number;
  shares: number[];
}

/** Sleeps `seconds` and reads how much CPU each replica used meanwhile. */
export async function cpuOver(
  replicas: BackendProcess[],
  seconds: number,
): Promise<CpuWindow> {
  const start = Date.now();
  const before = replicas.map(r => r.cpuMs() ?? NaN);
  await new Promise(resolve => setTimeout(resolve, seconds * 1000));
  const elapsed = Date.now() - start;
  return {
    seconds: elapsed / 1000,
    shares: replicas.map((r, i) => ((r.cpuMs() ?? NaN) - before[i]) / elapsed),
  };
}

/** Until the replicas together use under a fifth of a core for 5 s: earlier work done. */
export function waitForQuiet(
  replicas: BackendProcess[],
  timeoutMs = 30 * 60_000,
) {
  return waitForQuietBackend({
    cpuMs: () => replicas.reduce((sum, r) => sum + (r.cpuMs() ?? NaN), 0),
    windowMs: 5_000,
    maxShare: 0.2,
    timeoutMs,
  });
}

/**
 * CPU used by processes that come and go (PostgreSQL's, one per
 * connection) between two looks: each one's CPU at the second look less
 * that at the first, or all of it if it started in between. Those gone by
 * the second look are not counted.
 */
export function cpuOfProcesses(pids: number[]) {
  const before = new Map(pids.map(pid => [pid, processCpuMs(pid) ?? 0]));
  return (pidsNow: number[]) =>
    pidsNow.reduce(
      (sum, pid) => sum + (processCpuMs(pid) ?? 0) - (before.get(pid) ?? 0),
      0,
    );
}
