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

import type {
  DataProductFact,
  ToolDataset,
  ToolRun,
} from '@meshwork/plugin-data-products-common';
import type { PortTarget } from './PortIndex';

/** The most failed checks a quality fact names; the count says how many more. */
const MAX_NAMED_FAILURES = 50;

/** A dataset of a run that no port claims, as the run left it. */
export interface UnplacedDataset {
  run: ToolRun;
  dataset: ToolDataset;
}

/** What a batch of runs says about the ports it reached. */
export interface RunFacts {
  facts: DataProductFact[];
  unplaced: UnplacedDataset[];
}

interface PortTally {
  target: PortTarget;
  passed: number;
  total: number;
  failed: string[];
  newestDataAt?: string;
}

const later = (a: string | undefined, b: string | undefined) =>
  !a || (b && b > a) ? b : a;

/**
 * Turns runs into facts per output port: `quality` from the data checks
 * (`{ rate, passed, total, failed }`; a check that only warns passes, a
 * skipped one does not count), `freshness` from the newest data a tool
 * saw, or the end of a complete run that wrote the dataset, and `run` with
 * the run's state, so a failed run is recorded even without checks. Inputs a
 * run read are not results about a port and are left to lineage.
 */
export function runFacts(
  runs: ToolRun[],
  targetsOf: (dataset: ToolDataset) => PortTarget[],
  now: Date,
): RunFacts {
  const facts: DataProductFact[] = [];
  const unplaced: UnplacedDataset[] = [];
  for (const run of runs) {
    const tallies = new Map<string, PortTally>();
    for (const dataset of run.datasets) {
      if (dataset.role === 'input') continue;
      const targets = targetsOf(dataset);
      if (targets.length === 0) {
        unplaced.push({ run, dataset });
        continue;
      }
      for (const target of targets) {
        const key = `${target.entityRef}\u0000${target.port}`;
        const tally = tallies.get(key) ?? {
          target,
          passed: 0,
          total: 0,
          failed: [],
        };
        tallies.set(key, tally);
        addDataset(tally, run, dataset);
      }
    }
    const observedAt = observedTime(run.finishedAt, now);
    const source = {
      tool: run.tool,
      ...(run.runId ? { runId: run.runId } : {}),
      ...(run.job ? { job: run.job } : {}),
      ...(run.link ? { link: run.link } : {}),
    };
    for (const tally of tallies.values()) {
      const base = { ...tally.target, observedAt, source };
      facts.push({ ...base, name: 'run', value: { state: run.state } });
      if (tally.total > 0) {
        facts.push({
          ...base,
          name: 'quality',
          value: {
            rate: tally.passed / tally.total,
            passed: tally.passed,
            total: tally.total,
            failed: tally.failed.slice(0, MAX_NAMED_FAILURES),
          },
        });
      }
      if (
        tally.newestDataAt &&
        Date.parse(tally.newestDataAt) <= now.getTime()
      ) {
        facts.push({ ...base, name: 'freshness', value: tally.newestDataAt });
      }
    }
  }
  return { facts, unplaced };
}

function addDataset(tally: PortTally, run: ToolRun, dataset: ToolDataset) {
  for (const check of dataset.checks) {
    if (check.kind !== 'quality' || check.status === 'skipped') continue;
    tally.total += 1;
    if (check.status === 'pass' || check.status === 'warn') tally.passed += 1;
    else tally.failed.push(check.name);
  }
  tally.newestDataAt = later(tally.newestDataAt, dataset.newestDataAt);
  if (dataset.role === 'output' && run.state === 'complete') {
    tally.newestDataAt = later(tally.newestDataAt, run.finishedAt);
  }
}

// A pipeline's clock may run a little ahead of ours; a run that claims to
// end later than that is taken as ending now.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

function observedTime(finishedAt: string | undefined, now: Date): string {
  const time = finishedAt ? Date.parse(finishedAt) : NaN;
  return Number.isNaN(time) || time > now.getTime() + CLOCK_SKEW_MS
    ? now.toISOString()
    : new Date(time).toISOString();
}
