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

/** Dry runs one principal may start per window. */
export const DRY_RUNS_PER_MINUTE = 30;
const WINDOW_MS = 60_000;
/** Principals remembered at most; the oldest windows go first. */
const MAX_PRINCIPALS = 10_000;

/**
 * How many dry runs each principal (a user's entity ref, a service's
 * subject) started in the current minute.
 *
 * @remarks
 * Backstage 1.55's own limiter (`backend.rateLimit`, and
 * `backend.rateLimit.plugin.<pluginId>`) counts every route of a plugin by
 * client IP, and skips localhost: behind a proxy all users share one IP,
 * and a limit loose enough for the browse page does not bound the dry run,
 * the one route that spends seconds of CPU on a post. So the dry run counts
 * per signed-in principal, in memory, per backend replica; operators can add
 * Backstage's limiter on top. A fixed window is enough here: the aim is to
 * stop a loop or a script, not to shape traffic.
 */
export class DryRunLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly #limit: number;
  readonly #now: () => number;

  constructor(options: { limit?: number; now?: () => number } = {}) {
    this.#limit = options.limit ?? DRY_RUNS_PER_MINUTE;
    this.#now = options.now ?? Date.now;
  }

  /** Counts a dry run; the seconds to wait when over the limit, else 0. */
  take(principal: string): number {
    const now = this.#now();
    const window = this.#windows.get(principal);
    if (!window || now - window.start >= WINDOW_MS) {
      this.#windows.delete(principal);
      if (this.#windows.size >= MAX_PRINCIPALS) {
        const oldest = this.#windows.keys().next().value;
        if (oldest !== undefined) this.#windows.delete(oldest);
      }
      this.#windows.set(principal, { start: now, count: 1 });
      return 0;
    }
    if (window.count >= this.#limit) {
      return Math.ceil((window.start + WINDOW_MS - now) / 1000);
    }
    window.count += 1;
    return 0;
  }
}
