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
import { JsonPath, RunReadContext, clip } from '../readContext';
import { RunDatasets } from '../runDatasets';
import { timeField } from '../times';
import { ToolCheckStatus, ToolRun } from '../types';
import { itemsOf, own, textField, textOf } from '../values';
import { DbtManifest } from './DbtManifest';
import { dbtResults } from './dbtArtifact';

/** Source freshness statuses (sources v1..v3): `error` is stale data, `runtime error` a failed query. */
const FRESHNESS_STATUSES: Record<string, ToolCheckStatus> = {
  pass: 'pass',
  warn: 'warn',
  error: 'fail',
  'runtime error': 'error',
};

/** `warn after 24 hour`, from a criteria's `{ count, period }`. */
function threshold(label: string, time: unknown): string | undefined {
  const count = own(time, 'count');
  const period = textOf(own(time, 'period'));
  return typeof count === 'number' && period
    ? `${label} after ${count} ${period}`
    : undefined;
}

/** What the freshness check found, in dbt's words. */
function freshnessMessage(result: unknown, maxLoadedAt?: string): string {
  const error = own(result, 'error');
  if (typeof error === 'string' || typeof error === 'number') {
    return clip(String(error));
  }
  const criteria = own(result, 'criteria');
  return [
    maxLoadedAt ? `newest row loaded at ${maxLoadedAt}` : undefined,
    threshold('warn', own(criteria, 'warn_after')),
    threshold('error', own(criteria, 'error_after')),
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * Reads sources.json (`dbt source freshness`) into `datasets`: each source
 * gets a `freshness` check and, from `max_loaded_at`, its `newestDataAt`.
 * The run fails when a source is stale past `error_after` or its query failed.
 */
export function readSourceFreshness(
  ctx: RunReadContext,
  document: unknown,
  path: JsonPath,
  manifest: DbtManifest,
  datasets: RunDatasets,
): Omit<ToolRun, 'datasets'> | undefined {
  const read = dbtResults(ctx, document, path, 'sources');
  if (!read) return undefined;
  const { invocationId, finishedAt, results } = read;
  let failed = false;
  for (const [result, resultPath] of itemsOf(ctx, results, [
    ...path,
    'results',
  ])) {
    const uniqueId = textField(ctx, result, 'unique_id', resultPath, {
      required: true,
    });
    if (!uniqueId) continue;
    const checkStatus = statusField(
      ctx,
      result,
      'status',
      resultPath,
      FRESHNESS_STATUSES,
    );
    failed ||= checkStatus === 'fail' || checkStatus === 'error';
    const maxLoadedAt =
      checkStatus === 'error'
        ? undefined
        : timeField(ctx, result, 'max_loaded_at', resultPath);
    const source = datasets.dataset(
      uniqueId,
      manifest.keys(uniqueId),
      'checked',
    );
    datasets.sawDataAt(source, maxLoadedAt);
    const message = freshnessMessage(result, maxLoadedAt);
    datasets.addCheck(
      source,
      {
        name: `freshness of ${
          uniqueId.split('.').slice(2).join('.') || uniqueId
        }`,
        status: checkStatus ?? 'skipped',
        kind: 'freshness',
        ...(message ? { message } : {}),
      },
      resultPath,
    );
  }
  return {
    tool: 'dbt',
    ...(invocationId ? { runId: invocationId } : {}),
    job: 'dbt source freshness',
    ...(finishedAt ? { finishedAt } : {}),
    state: failed ? 'fail' : 'complete',
  };
}
