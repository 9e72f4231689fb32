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

import { RunReadContext } from '../readContext';
import { RunDatasets } from '../runDatasets';
import { RunReadResult, ToolRun } from '../types';
import { own, textOf } from '../values';
import { DbtManifest } from './DbtManifest';
import { readRunResults } from './dbtRunResults';
import { readSourceFreshness } from './dbtSources';

/**
 * dbt's artifacts from one `target/` folder, each already parsed from JSON.
 * @public
 */
export interface DbtArtifacts {
  /** run_results.json of `dbt build`, `dbt test`, `dbt run` (run-results v2..v6). */
  runResults?: unknown;
  /** manifest.json (v2..v12), to put tests on the models and sources they test and to know their relations. */
  manifest?: unknown;
  /** sources.json of `dbt source freshness` (sources v1..v3). */
  sources?: unknown;
}

type PendingRun = { head: Omit<ToolRun, 'datasets'>; datasets: RunDatasets };

/**
 * Reads dbt's artifacts as runs. run_results.json gives one run (tests as
 * checks on what they test, models' builds and newest data); sources.json
 * gives freshness checks and newest data times, in the same run when it
 * comes from the same invocation, else in a run of its own. The manifest
 * is joined by `unique_id`; one from another invocation than the run
 * results is a problem, but is still used. Without a manifest, datasets
 * have `dbt:` keys only (and `relation:` keys where run-results v5+ give
 * `relation_name`), and tests stay under their own keys. Never throws.
 * @public
 */
export function readDbtArtifacts(artifacts: DbtArtifacts): RunReadResult {
  const ctx = new RunReadContext();
  const { runResults, manifest, sources } = (
    typeof artifacts === 'object' && artifacts !== null ? artifacts : {}
  ) as DbtArtifacts;
  if (runResults === undefined && sources === undefined) {
    ctx.problem(
      [],
      manifest === undefined
        ? 'found no artifact, expected run_results.json or sources.json (with manifest.json)'
        : 'found only manifest.json, which says what a project has, not how a run went; expected run_results.json or sources.json with it',
    );
  }
  const nodes =
    (manifest !== undefined && DbtManifest.read(ctx, manifest, ['manifest'])) ||
    DbtManifest.none;
  const pending: PendingRun[] = [];
  if (runResults !== undefined) {
    const datasets = new RunDatasets(ctx);
    const head = readRunResults(
      ctx,
      runResults,
      ['run_results'],
      nodes,
      datasets,
    );
    if (head) {
      pending.push({ head, datasets });
      if (
        nodes.invocationId &&
        head.runId &&
        nodes.invocationId !== head.runId
      ) {
        ctx.problem(
          ['manifest', 'metadata', 'invocation_id'],
          `found ${JSON.stringify(
            nodes.invocationId,
          )}, expected ${JSON.stringify(
            head.runId,
          )} (run_results.json's invocation); nodes were still joined by unique_id, but the manifest may describe another state of the project`,
        );
      }
    }
  }
  if (sources !== undefined) {
    // `dbt source freshness` is usually an invocation of its own; when it is
    // the same one, its checks join that run.
    const invocationId = textOf(own(own(sources, 'metadata'), 'invocation_id'));
    const same = pending.find(
      run => invocationId && run.head.runId === invocationId,
    );
    const datasets = same?.datasets ?? new RunDatasets(ctx);
    const head = readSourceFreshness(
      ctx,
      sources,
      ['sources'],
      nodes,
      datasets,
    );
    if (head && same) {
      if (head.state === 'fail') same.head.state = 'fail';
    } else if (head) {
      pending.push({ head, datasets });
    }
  }
  return {
    runs: pending.map(({ head, datasets }) => ({
      ...head,
      datasets: datasets.list(),
    })),
    problems: ctx.problems(),
  };
}
