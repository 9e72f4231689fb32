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

import type { Entity } from '@backstage/catalog-model';
import type { PortalBackend } from './portalBackend';

const say = (line: string) =>
  process.stderr.write(`bench:browse-ui: ${line}\n`);
const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** How many entities of each kind the catalog should hold. */
export function countByKind(entities: Entity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { kind } of entities)
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

/** Polls `poll` every `everyMs` until it returns a value, saying how it goes. */
async function until<T>(
  what: string,
  timeoutMs: number,
  everyMs: number,
  poll: () => Promise<{ done?: T; progress: string }>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastSaid = 0;
  for (;;) {
    const { done, progress } = await poll();
    if (done !== undefined) return done;
    if (Date.now() > deadline) {
      throw new Error(
        `${what}: gave up after ${timeoutMs / 60_000} minutes at ${progress}`,
      );
    }
    if (Date.now() - lastSaid > 30_000) {
      say(`${what}: ${progress}…`);
      lastSaid = Date.now();
    }
    await delay(everyMs);
  }
}

/**
 * Waits until the catalog holds at least `expected` entities of each kind,
 * counted as a service: the guest may not read every one.
 */
export function waitForCatalog(
  backend: PortalBackend,
  expected: Map<string, number>,
  timeoutMs: number,
): Promise<number> {
  return until('catalog ingestion', timeoutMs, 5_000, async () => {
    let held = 0;
    let wanted = 0;
    for (const [kind, count] of expected) {
      const { totalItems } = await backend.getAsService(
        `/api/catalog/entities/by-query?limit=0&filter=kind=${kind.toLocaleLowerCase(
          'en-US',
        )}`,
      );
      held += Math.min(totalItems, count);
      wanted += count;
    }
    return {
      done: held >= wanted ? held : undefined,
      progress: `${held} of ${wanted} entities`,
    };
  });
}

const TASKS = '/api/data-products/.backstage/scheduler/v1/tasks';
const EVALUATE_ALL = 'data-products-evaluate';

/**
 * Runs the scorecard's full evaluation now, through the scheduler's own
 * trigger, and waits for it to end. Products that arrived while the catalog
 * was still filling were scored before their owner, domain or contracts
 * were in; the full run scores every product against the whole catalog.
 */
export async function evaluateAllNow(
  backend: PortalBackend,
  timeoutMs: number,
): Promise<void> {
  const lastEnd = async () => {
    const { tasks } = await backend.get(TASKS);
    const task = tasks.find(
      (t: { taskId: string }) => t.taskId === EVALUATE_ALL,
    );
    return {
      ended: task?.taskState?.lastRunEndedAt as string | undefined,
      running: task?.taskState?.status === 'running',
    };
  };
  await until('scheduled evaluation to be free', timeoutMs, 2_000, async () => {
    try {
      await backend.post(`${TASKS}/${EVALUATE_ALL}/trigger`);
      return { done: true, progress: 'triggered' };
    } catch {
      return { progress: 'the evaluation is running already' }; // 409 while it runs
    }
  });
  // The triggered run starts within the scheduler's next poll; it cannot
  // have ended yet.
  const before = (await lastEnd()).ended;
  await until('full evaluation', timeoutMs, 2_000, async () => {
    const { ended, running } = await lastEnd();
    return {
      done: !running && ended !== before ? true : undefined,
      progress: running ? 'running' : 'waiting to start',
    };
  });
}

/**
 * Waits until the browse page lists `count` products to a service (every
 * product, whatever the read policy) and their levels stay
 * put for 40 s, longer than a round of the change watcher (30 s).
 */
export function waitForScorecards(
  backend: PortalBackend,
  count: number,
  timeoutMs: number,
): Promise<Record<string, number>> {
  let last = '';
  return until('scorecards', timeoutMs, 40_000, async () => {
    const [{ totalCount }, facets] = await Promise.all([
      backend.getAsService('/api/data-products/products?limit=1'),
      backend.getAsService('/api/data-products/products/facets'),
    ]);
    const levels = Object.fromEntries(
      (facets.level as Array<{ value: string; count: number }>).map(l => [
        l.value,
        l.count,
      ]),
    );
    const seen = JSON.stringify(levels);
    const settled = totalCount >= count && seen === last;
    last = seen;
    return {
      done: settled ? levels : undefined,
      progress: `${totalCount} of ${count} products listed`,
    };
  });
}
