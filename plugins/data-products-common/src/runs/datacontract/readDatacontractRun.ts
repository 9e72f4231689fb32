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

import { checkName, statusField } from '../checks';
import { datasetKeys } from '../datasetKeys';
import { JsonPath, RunReadContext } from '../readContext';
import { RunDatasets } from '../runDatasets';
import { isoTimeOf, timeField } from '../times';
import {
  RunReadResult,
  ToolCheck,
  ToolCheckStatus,
  ToolRunState,
} from '../types';
import {
  countOf,
  isRecord,
  itemsOf,
  listField,
  own,
  textField,
  textOf,
} from '../values';

/** datacontract-cli's ResultEnum, for a check. `info` informs and `unknown` was not evaluated. */
const CHECK_STATUSES: Record<string, ToolCheckStatus> = {
  passed: 'pass',
  warning: 'warn',
  failed: 'fail',
  error: 'error',
  info: 'skipped',
  skipped: 'skipped',
  unknown: 'skipped',
};

/** The same enum, for the run: the most severe check's result. */
const RUN_STATES: Record<string, ToolRunState> = {
  passed: 'complete',
  warning: 'complete',
  failed: 'fail',
  error: 'fail',
  // No verdict: `unknown` is what a run without checks gets.
  info: 'other',
  skipped: 'other',
  unknown: 'other',
};

/** Diagnostics metrics whose `value` is a count of failing rows (the ibis engine's). */
const ROW_COUNT_METRICS = new Set(['missing_count', 'invalid_count']);

function readCheck(
  ctx: RunReadContext,
  check: unknown,
  path: JsonPath,
): ToolCheck | undefined {
  if (!isRecord(check)) {
    ctx.wrong(path, check, 'a check (a map of fields)');
    return undefined;
  }
  const type = textOf(own(check, 'type'));
  // `qualityId` since 1.1.1; `quality_id` before, and still written alongside.
  const qualityId =
    textOf(own(check, 'qualityId')) ?? textOf(own(check, 'quality_id'));
  const name =
    textOf(own(check, 'name')) ??
    qualityId ??
    checkName(type ?? 'check', textOf(own(check, 'field')));
  const status = statusField(ctx, check, 'result', path, CHECK_STATUSES);
  const diagnostics = own(check, 'diagnostics');
  const metric = own(diagnostics, 'metric');
  const failures =
    typeof metric === 'string' && ROW_COUNT_METRICS.has(metric)
      ? countOf(own(diagnostics, 'value'))
      : undefined;
  const reason = textOf(own(check, 'reason'));
  const freshness = type === 'freshness' || metric === 'freshness';
  return {
    name,
    status: status ?? 'skipped',
    kind: freshness ? 'freshness' : 'quality',
    ...(reason && status !== 'pass' ? { message: reason } : {}),
    ...(failures && status !== 'pass' ? { failures } : {}),
  };
}

/**
 * Reads the `Run` JSON of `datacontract test --output-format json` (or the
 * same object the Airflow provider and `/api/test-results` carry) as one
 * run with one `checked` dataset for the contract: keys
 * `datacontract:<dataContractId>` and, when the run names them,
 * `port:<dataProductId>/<outputPortId>`. Check results `passed`,
 * `warning`, `failed` and `error` map to pass, warn, fail, error (`info`,
 * `skipped`, `unknown` count as skipped); a freshness check's `latest_timestamp` gives
 * `newestDataAt`. Failed samples are rows, not counts, and are not kept.
 * Never throws.
 * @public
 */
export function readDatacontractRun(run: unknown): RunReadResult {
  const ctx = new RunReadContext();
  if (!isRecord(run) || !ctx.visit([])) {
    ctx.wrong(
      [],
      run,
      "datacontract-cli's test run (runId, dataContractId, result, checks)",
    );
    return { runs: [], problems: ctx.problems() };
  }
  const runId = textField(ctx, run, 'runId', [], { required: true });
  const contractId = textField(ctx, run, 'dataContractId', [], {
    required: true,
  });
  const productId = textField(ctx, run, 'dataProductId', []);
  const portId = textField(ctx, run, 'outputPortId', []);
  const server = textField(ctx, run, 'server', []);
  const finishedAt =
    timeField(ctx, run, 'timestampEnd', []) ??
    timeField(ctx, run, 'timestampStart', []);
  const result = statusField(
    ctx,
    run,
    'result',
    [],
    RUN_STATES,
    'the run counts as neither passed nor failed',
  );
  const datasets = new RunDatasets(ctx);
  const label =
    contractId ??
    (productId && portId ? `${productId}/${portId}` : 'data contract');
  const keys = [
    ...(contractId ? [datasetKeys.dataContract(contractId)] : []),
    ...(productId && portId ? [datasetKeys.port(productId, portId)] : []),
  ];
  const dataset = datasets.dataset(label, keys, 'checked');
  const checks = listField(ctx, run, 'checks', [], { required: true }) ?? [];
  for (const [check, path] of itemsOf(ctx, checks, ['checks'])) {
    const read = readCheck(ctx, check, path);
    if (!read) continue;
    datasets.addCheck(dataset, read, path);
    if (read.kind === 'freshness') {
      datasets.sawDataAt(
        dataset,
        isoTimeOf(own(own(check, 'diagnostics'), 'latest_timestamp')),
      );
    }
  }
  return {
    runs: [
      {
        tool: 'datacontract-cli',
        ...(runId ? { runId } : {}),
        ...(contractId
          ? { job: server ? `${contractId} on ${server}` : contractId }
          : {}),
        ...(finishedAt ? { finishedAt } : {}),
        state: result ?? 'other',
        datasets: datasets.list(),
      },
    ],
    problems: ctx.problems(),
  };
}
