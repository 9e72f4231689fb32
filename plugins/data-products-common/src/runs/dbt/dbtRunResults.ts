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

import { statusField } from '../checks';
import { JsonPath, RunReadContext } from '../readContext';
import { RunDatasets } from '../runDatasets';
import { isoTimeOf, laterOf } from '../times';
import { ToolCheckStatus, ToolRun } from '../types';
import { countOf, itemsOf, own, textField, textOf } from '../values';
import { DbtManifest } from './DbtManifest';
import { dbtResults } from './dbtArtifact';

/** Test and unit-test statuses (run-results v2..v6). */
const TEST_STATUSES: Record<string, ToolCheckStatus> = {
  pass: 'pass',
  fail: 'fail',
  warn: 'warn',
  error: 'error',
  skipped: 'skipped',
};

/**
 * Statuses of a model, seed or snapshot's own run. `partial success` (a
 * microbatch model with failed batches) warns; `reused` (dbt clone, state
 * reuse) passes but rewrote nothing; `no-op` did nothing.
 */
const BUILD_STATUSES: Record<string, ToolCheckStatus> = {
  success: 'pass',
  'partial success': 'warn',
  reused: 'pass',
  'no-op': 'skipped',
  error: 'error',
  skipped: 'skipped',
};

/** Whether a node's status says its data was written in this run. */
function wroteData(status: unknown): boolean {
  return (
    typeof status === 'string' &&
    ['success', 'partial success'].includes(status.trim().toLowerCase())
  );
}

const BUILT_TYPES = new Set(['model', 'seed', 'snapshot']);

/** When a node's execution ended: its `execute` timing, else its latest timing. */
function completedAt(result: unknown): string | undefined {
  const timing = own(result, 'timing');
  if (!Array.isArray(timing)) return undefined;
  let latest: string | undefined;
  for (const step of timing.slice(0, 20)) {
    const end = isoTimeOf(own(step, 'completed_at'));
    if (own(step, 'name') === 'execute' && end) return end;
    latest = laterOf(latest, end);
  }
  return latest;
}

/** The command of an invocation: `dbt build --select ...`, or `dbt <which>`. */
function commandOf(document: unknown): string | undefined {
  const args = own(document, 'args');
  const which = textOf(own(args, 'which'));
  return textOf(own(args, 'invocation_command')) ?? (which && `dbt ${which}`);
}

/**
 * Reads run_results.json into `datasets`. A test becomes a check on the
 * model, seed, snapshot or source it tests (`checked`, or `output` when the
 * run also built it); each model, seed or snapshot the run built becomes an
 * `output` with a `build` check for its own status, and, when it wrote data,
 * the end of its execution as `newestDataAt`. The run fails when any node
 * errored or any test failed, as dbt's exit code does.
 */
export function readRunResults(
  ctx: RunReadContext,
  document: unknown,
  path: JsonPath,
  manifest: DbtManifest,
  datasets: RunDatasets,
): Omit<ToolRun, 'datasets'> | undefined {
  const read = dbtResults(ctx, document, path, 'run-results');
  if (!read) return undefined;
  const { invocationId, finishedAt, results } = read;
  let failed = false;
  let unattached = 0;
  for (const [result, resultPath] of itemsOf(ctx, results, [
    ...path,
    'results',
  ])) {
    const uniqueId = textField(ctx, result, 'unique_id', resultPath, {
      required: true,
    });
    if (!uniqueId) continue;
    const type = uniqueId.split('.')[0];
    if (!BUILT_TYPES.has(type) && type !== 'test' && type !== 'unit_test') {
      continue; // hooks, operations, analyses: not data
    }
    const statuses = BUILT_TYPES.has(type) ? BUILD_STATUSES : TEST_STATUSES;
    const checkStatus =
      statusField(ctx, result, 'status', resultPath, statuses) ?? 'skipped';
    failed ||= checkStatus === 'error' || checkStatus === 'fail';
    const message = textOf(own(result, 'message'));
    const failures = countOf(own(result, 'failures'));
    const check = {
      name: manifest.name(uniqueId),
      status: checkStatus,
      kind: type === 'test' ? ('quality' as const) : ('build' as const),
      ...(message && checkStatus !== 'pass' ? { message } : {}),
      ...(failures ? { failures } : {}),
    };
    if (BUILT_TYPES.has(type)) {
      const relation = textOf(own(result, 'relation_name'));
      const built = datasets.dataset(
        uniqueId,
        manifest.keys(uniqueId, relation),
        'output',
      );
      datasets.addCheck(
        built,
        { ...check, name: `${type} ${check.name}` },
        resultPath,
      );
      if (wroteData(own(result, 'status'))) {
        datasets.sawDataAt(built, completedAt(result) ?? finishedAt);
      }
      continue;
    }
    const target =
      type === 'test'
        ? manifest.testTarget(uniqueId)
        : manifest.unitTestTarget(uniqueId);
    if (!target) unattached += 1;
    const dataset = target
      ? datasets.dataset(target, manifest.keys(target), 'checked')
      : datasets.dataset(uniqueId, manifest.keys(uniqueId), 'checked');
    datasets.addCheck(dataset, check, resultPath);
  }
  if (unattached > 0) {
    ctx.problem(
      [...path, 'results'],
      `${unattached} tests could not be put on the model or source they test, so each is kept under its own dbt: key; ` +
        'give the manifest.json of the same invocation, which says what each test is on',
    );
  }
  return {
    tool: 'dbt',
    ...(invocationId ? { runId: invocationId } : {}),
    ...(commandOf(document) ? { job: commandOf(document) } : {}),
    ...(finishedAt ? { finishedAt } : {}),
    state: failed ? 'fail' : 'complete',
  };
}
