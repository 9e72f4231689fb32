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

import { cutDuringFullRun } from '../midRun';
import { PROBE_NAME } from '../probeProduct';
import {
  allScorecards,
  delay,
  linesOf,
  LOG,
  seconds,
  waitFor,
  type CheckResult,
  type Scene,
} from '../scene';
import { approveWaiver, requestWaiver, waivableFailures } from '../waivers';
import { compareScorecards, historyLengths } from './compareScorecards';
import { duringOutage, type OutageCalls } from './outageCalls';

/** How long the database stays cut: the run retries after 2 s and 6 s, succeeds after 14 s. */
const OUTAGE_MS = 10_000;

const ORDERS = 'dataproduct:default/orders-daily';

/**
 * A database outage in the middle of a full evaluation: the proxy between
 * the backends and PostgreSQL is cut just after a replica claims the run,
 * and restored 10 s later. During the outage a fact ingestion and a
 * waiver decision get 503 with a clear message; after, the same requests
 * succeed, once; the run is retried and finishes; and no product's stored
 * scorecard fails a rule it did not fail before, none is gone, and no
 * history point was written for a product whose result did not change.
 */
export async function outageMidRun(scene: Scene): Promise<CheckResult> {
  const name =
    'a database outage mid-run: 503s, nothing lost, the run retried, no false failures';
  const [a, b] = scene.replicas;
  const [target] = await waivableFailures(scene, a, [
    ORDERS,
    `dataproduct:default/${PROBE_NAME}`,
  ]);
  const requested = target && (await requestWaiver(scene, a, target));
  if (!requested || requested.status !== 201) {
    return { name, passed: false, details: ['no waiver to decide'] };
  }
  const calls: OutageCalls = {
    fact: {
      entityRef: ORDERS,
      name: 'row-count',
      value: 4242,
      observedAt: new Date().toISOString(),
    },
    postFact: replica =>
      scene.people
        .as('platform', replica.baseUrl)
        .post('/api/data-products/facts', calls.fact),
    approve: replica => approveWaiver(scene, replica, requested.body.id),
  };
  const before = await allScorecards(scene, a);
  const historyBefore = await historyLengths(scene, a, [...before.keys()]);

  const caught = await cutDuringFullRun(scene);
  if (typeof caught === 'string') {
    return { name, passed: false, details: [caught] };
  }
  const { runner, cutAt, marks } = caught;
  const other = runner === a ? b : a;
  const during = await duringOutage(calls, other);
  await delay(Math.max(0, cutAt + OUTAGE_MS - Date.now()));
  await scene.proxy.restore();
  const restoredAt = Date.now();
  const factAfter = await calls.postFact(other);
  const approvedAfter = await calls.approve(other);

  const runnerIndex = scene.replicas.indexOf(runner);
  const finished = await waitFor(
    async () => linesOf(runner, LOG.fullRun, marks[runnerIndex])[0],
    45_000,
  );
  const retries = linesOf(runner, LOG.fullRunRetry, marks[runnerIndex]);
  const facts = await scene.people
    .as('platform', other.baseUrl)
    .get(`/api/data-products/facts/${ORDERS.replace(':', '/')}`);
  const rowCounts = (facts.body?.items ?? []).filter(
    (f: { name: string; value: unknown }) =>
      f.name === 'row-count' && f.value === 4242,
  ).length;
  const waiver = await scene.people
    .as('owner', other.baseUrl)
    .get(`/api/data-products/waivers/${requested.body.id}`);
  const decisions = (waiver.body?.events ?? []).filter(
    (e: { action: string }) => e.action === 'approved',
  ).length;

  const after = await allScorecards(scene, other);
  const historyAfter = await historyLengths(scene, other, [...after.keys()]);
  const comparison = compareScorecards(
    { scorecards: before, history: historyBefore },
    { scorecards: after, history: historyAfter },
    target.entityRef,
  );
  const passed =
    during.passed &&
    factAfter.status === 201 &&
    approvedAfter.status === 200 &&
    rowCounts === 1 &&
    decisions === 1 &&
    finished !== undefined &&
    retries.length >= 1 &&
    comparison.problems.length === 0;
  return {
    name,
    passed,
    details: [
      `cut the database as replica ${
        runner.name
      } started a full evaluation (it logged a retry), restored it ${seconds(
        restoredAt - cutAt,
      )} later`,
      ...during.details,
      `after: the fact HTTP ${factAfter.status} (stored ${rowCounts} time(s)), the approval HTTP ${approvedAfter.status} (approved ${decisions} time(s))`,
      finished
        ? `${runner.name} retried the run ${
            retries.length
          } time(s) and finished it ${seconds(
            finished.at - cutAt,
          )} after the cut: "${finished.message}"`
        : `${runner.name} did not finish the run within 45 s of the restore (${retries.length} retries logged)`,
      ...comparison.details,
      ...comparison.problems,
    ],
  };
}
