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

import type { LoggerService } from '@backstage/backend-plugin-api';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDatabaseUnavailable } from '../database/databaseUnavailable';

/** How a scheduled task waits for the database to come back. */
export interface OutageRetryOptions {
  logger: LoggerService;
  /** The work, for the log: "The full evaluation". */
  what: string;
  /** Aborted when the task's timeout passes: no attempt starts after. */
  signal?: AbortSignal;
  /** Attempts in all, the first included. */
  attempts?: number;
  /** The first wait; each next one doubles, up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Runs `work` and, when it fails because the database is unreachable (a
 * restart, a failover, the network to it cut), again after 2, 4, 8… s, at
 * most `attempts` times in all and never past the task's timeout (its
 * signal), logging each retry. Any other failure is thrown at once. The
 * work must be safe to repeat from the start, as a full evaluation is:
 * each product's result is stored with its history in one transaction, and
 * nothing is deleted unless the whole run was stored.
 */
export async function retryDuringOutage<T>(
  work: () => Promise<T>,
  options: OutageRetryOptions,
): Promise<T> {
  const { logger, what, signal } = options;
  const attempts = options.attempts ?? 8;
  const firstDelayMs = options.firstDelayMs ?? 2_000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await work();
      if (attempt > 1) {
        logger.info(`${what} finished at attempt ${attempt} of ${attempts}`);
      }
      return result;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      if (attempt >= attempts || signal?.aborted) {
        logger.error(
          `${what} failed ${attempt} times: the database is unreachable (${error}); the next scheduled run tries again`,
        );
        throw error;
      }
      const delayMs = Math.min(firstDelayMs * 2 ** (attempt - 1), maxDelayMs);
      logger.warn(
        `${what} failed: the database is unreachable (${error}); retrying in ${
          delayMs / 1000
        } s (attempt ${attempt + 1} of ${attempts})`,
      );
      // the task's timeout interrupts the wait: the run stops there
      const waited = await sleep(delayMs, true, { signal }).catch(() => false);
      if (!waited) {
        logger.error(
          `${what} stopped waiting for the database: the task's timeout passed; the next scheduled run tries again`,
        );
        throw error;
      }
    }
  }
}
