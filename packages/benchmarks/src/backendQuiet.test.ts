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

import { processCpuMs, waitForQuietBackend } from './backendQuiet';

/** A backend whose CPU time follows `usage(t)`, and a clock that moves only when slept. */
function fakeBackend(usage: (at: number) => number) {
  let clock = 0;
  return {
    cpuMs: () => usage(clock),
    now: () => clock,
    sleep: async (ms: number) => {
      clock += ms;
    },
  };
}

describe('waitForQuietBackend', () => {
  it('returns once the backend has used under a tenth of a core for half a second', async () => {
    // Busy on a whole core for the first 2 s, then idle.
    const backend = fakeBackend(at => Math.min(at, 2_000));
    await expect(waitForQuietBackend(backend)).resolves.toEqual({
      waitedMs: 2_500,
      quiet: true,
    });
  });

  it('counts a light background load as quiet', async () => {
    const backend = fakeBackend(at => at * 0.05);
    await expect(waitForQuietBackend(backend)).resolves.toEqual({
      waitedMs: 500,
      quiet: true,
    });
  });

  it('gives up after the timeout on a backend that stays busy, and says so', async () => {
    const backend = fakeBackend(at => at * 0.5);
    await expect(
      waitForQuietBackend({ ...backend, timeoutMs: 3_000 }),
    ).resolves.toEqual({ waitedMs: 3_000, quiet: false });
  });

  it('does not wait where CPU time cannot be read', async () => {
    await expect(
      waitForQuietBackend({ cpuMs: () => undefined }),
    ).resolves.toEqual({ waitedMs: 0, quiet: false });
  });
});

describe('processCpuMs', () => {
  it("reads this process's CPU time, which grows as it works", () => {
    const before = processCpuMs(process.pid)!;
    // Spin for 100 ms of CPU, not of the clock: on a loaded machine 100 ms
    // of wall time can hold far less CPU time than that.
    const start = process.cpuUsage();
    while (process.cpuUsage(start).user < 100_000) {
      // spin
    }
    expect(processCpuMs(process.pid)!).toBeGreaterThanOrEqual(before + 50);
  });

  it('is undefined for a process that does not exist', () => {
    expect(processCpuMs(2 ** 30)).toBeUndefined();
  });
});
