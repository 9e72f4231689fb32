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

import v8 from 'node:v8';
import vm from 'node:vm';

/** Seconds elapsed since `start`, a `process.hrtime.bigint()` reading. */
export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Runs `work`: how long it took, in seconds, and what it returned. */
export async function timed<T>(
  work: () => T | Promise<T>,
): Promise<{ seconds: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { seconds: secondsSince(start), value };
}

/** The middle of an odd number of readings: one slow round (a GC pause, a busy neighbour) doesn't skew it. */
export function median(readings: number[]): number {
  const sorted = [...readings].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The reading `p` per cent of readings are at or below (nearest rank). */
export function percentile(readings: number[], p: number): number {
  const sorted = [...readings].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

let gc: (() => void) | undefined;

/**
 * A full garbage collection, so each timed round starts from the same heap
 * and no engine pays for the garbage of the one timed before it. The flag
 * can be set at run time: the bootstrap script passes no flags to Node.
 */
export function collectGarbage() {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc');
  }
  gc!();
}

/**
 * Wraps an async method so the time spent in it adds up in `seconds`:
 * splits a full evaluation into catalog read, storage and the rest.
 */
export function stopwatch<T extends object, K extends keyof T>(
  target: T,
  method: K,
): { seconds: number } {
  const total = { seconds: 0 };
  const original = (
    target[method] as (...args: unknown[]) => Promise<unknown>
  ).bind(target);
  (target as Record<K, unknown>)[method] = async (...args: unknown[]) => {
    const start = process.hrtime.bigint();
    try {
      return await original(...args);
    } finally {
      total.seconds += secondsSince(start);
    }
  };
  return total;
}
