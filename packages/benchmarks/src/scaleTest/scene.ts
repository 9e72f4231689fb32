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

import type { Knex } from 'knex';
import type { LogLine } from '../scale/backendLog';
import type { DatabaseProxy } from './databaseProxy';
import type { People } from './people';
import type { writeProbe } from './probeProduct';
import type { Replica } from './scaleTestReplicas';

/**
 * What the backends log, as the checks read it. The change detector's line
 * is the lead's to word: change it here if it changes.
 */
export const LOG = {
  fullRun: /^Evaluated (\d+) data products/,
  changedRun: /^Evaluated (\d+) changed data products/,
  fullRunRetry: /^The full evaluation failed: the database is unreachable/,
};

export const FULL_TASK = 'data-products-evaluate';

/** The two replicas and what the checks act and look through. */
export interface Scene {
  replicas: Replica[];
  people: People;
  proxy: DatabaseProxy;
  /** The data-products database, straight, not through the proxy: the scheduler's table. */
  pluginDatabase: Knex;
  /** The data products the catalog holds: the example mesh's and the test's own. */
  productCount: number;
  /** Waivers the checks had approved: their owners hear of each once. */
  decidedWaivers: string[];
  /** The test's own product, in the published folder. */
  probe: ReturnType<typeof writeProbe>;
}

export interface CheckResult {
  name: string;
  passed: boolean;
  /** What was seen, a line each: printed under the result. */
  details: string[];
}

export const delay = (ms: number) =>
  new Promise(resolve => setTimeout(resolve, ms));

/** Polls `probe` every `intervalMs` until it returns something; undefined after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  intervalMs = 500,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    if (Date.now() > deadline) return undefined;
    await delay(intervalMs);
  }
}

/** A replica's log lines matching `pattern` from line index `from` on. */
export function linesOf(
  replica: Replica,
  pattern: RegExp,
  from = 0,
): LogLine[] {
  replica.log.read();
  return replica.log.lines(from).filter(line => pattern.test(line.message));
}

/** Where each replica's log stands now: lines after it are new. */
export function logMarks(scene: Scene): number[] {
  return scene.replicas.map(replica => {
    replica.log.read();
    return replica.log.count;
  });
}

/** Lines matching `pattern` in every replica's log since `marks`, in time order, named by replica. */
export function linesSince(scene: Scene, marks: number[], pattern: RegExp) {
  return scene.replicas
    .flatMap((replica, i) =>
      linesOf(replica, pattern, marks[i]).map(line => ({
        replica: replica.name,
        ...line,
      })),
    )
    .sort((a, b) => a.at - b.at);
}

export interface ScorecardSummary {
  entityRef: string;
  level: string;
  failingRuleIds: string[];
  evaluatedAt: string;
}

/** Every stored scorecard, as governance reads them (restricted products too). */
export async function allScorecards(
  scene: Scene,
  replica: Replica,
): Promise<Map<string, ScorecardSummary>> {
  const api = scene.people.as('governance', replica.baseUrl);
  const found = new Map<string, ScorecardSummary>();
  let cursor: string | undefined;
  do {
    const answer = await api.get(
      `/api/data-products/scorecards?limit=500${
        cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
      }`,
    );
    if (answer.status !== 200) {
      throw new Error(`GET /scorecards: HTTP ${answer.status}`);
    }
    for (const item of answer.body.items) found.set(item.entityRef, item);
    cursor = answer.body.nextCursor;
  } while (cursor);
  return found;
}

/**
 * Waits for a replica to claim the next run of the full evaluation, read
 * from the scheduler's own table: a run already going is let finish first,
 * so that the claim seen is a new run's, at its start.
 */
export async function nextFullRunClaim(
  scene: Scene,
  timeoutMs: number,
): Promise<boolean> {
  const ticket = async () =>
    (
      await scene
        .pluginDatabase('backstage_backend_tasks__tasks')
        .where({ id: FULL_TASK })
        .first('current_run_ticket')
    )?.current_run_ticket ?? null;
  const deadline = Date.now() + timeoutMs;
  while ((await ticket()) !== null) {
    if (Date.now() > deadline) return false;
    await delay(20);
  }
  while ((await ticket()) === null) {
    if (Date.now() > deadline) return false;
    await delay(10);
  }
  return true;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
