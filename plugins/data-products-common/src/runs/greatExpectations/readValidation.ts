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

import { datasetKeys } from '../datasetKeys';
import { JsonPath, RunReadContext, formatRunPath } from '../readContext';
import { RunDatasets } from '../runDatasets';
import { isoTimeOf } from '../times';
import { isRecord, itemsOf, linkOf, own, textOf } from '../values';
import { expectationCheck } from './expectationCheck';

/** What a run needs to know of one validation, besides its checks. */
export type ValidationSummary = {
  success?: boolean;
  validatedAt?: string;
  runId?: string;
  link?: string;
  checkpoint?: string;
};

/**
 * A GX RunIdentifier: `{ run_name, run_time }`; 0.9's plain string; or that
 * object as JSON text, as some 1.x writers put it in `meta.run_id`.
 */
function runIdentifier(runId: unknown): unknown {
  if (typeof runId !== 'string' || !runId.trim().startsWith('{')) return runId;
  if (runId.length > 2_000) return undefined;
  try {
    return JSON.parse(runId);
  } catch {
    return runId;
  }
}

/** A GX RunIdentifier as one id: `{ run_name, run_time }` → `name@time`; 0.9's plain string as is. */
export function runIdOf(rawRunId: unknown): string | undefined {
  const runId = runIdentifier(rawRunId);
  if (typeof runId === 'string') return textOf(runId);
  const name = textOf(own(runId, 'run_name'));
  const rawTime = own(runId, 'run_time');
  const time = isoTimeOf(rawTime) ?? textOf(rawTime);
  if (name && time) return `${name}@${time}`;
  return name ?? time;
}

/** When a run ran, from its RunIdentifier's time, or a 0.9 run id that is a compact time. */
export function runTimeOf(rawRunId: unknown): string | undefined {
  const runId = runIdentifier(rawRunId);
  return isoTimeOf(typeof runId === 'string' ? runId : own(runId, 'run_time'));
}

/** The table a batch is: `schema.table` from the batch spec (1.x) or batch kwargs (0.x). */
function tableOf(batch: unknown): string | undefined {
  const table = textOf(own(batch, 'table_name')) ?? textOf(own(batch, 'table'));
  const schema =
    textOf(own(batch, 'schema_name')) ?? textOf(own(batch, 'schema'));
  return table && schema && !table.includes('.') ? `${schema}.${table}` : table;
}

/**
 * The keys of the data a validation ran on: its table (`schema.table` from
 * the batch spec or kwargs) and its file. A data asset's name is GX's own
 * name for the data, not a table, so it only labels the dataset.
 */
function batchKeys(meta: unknown): { keys: string[]; asset?: string } {
  const batches = ['batch_spec', 'batch_kwargs', 'active_batch_definition'].map(
    key => own(meta, key),
  );
  const table = batches.map(tableOf).find(Boolean);
  const asset = batches
    .map(batch => textOf(own(batch, 'data_asset_name')))
    .find(Boolean);
  const file = batches.map(batch => textOf(own(batch, 'path'))).find(Boolean);
  const keys: string[] = [];
  if (table) keys.push(datasetKeys.relation(table));
  if (file) {
    keys.push(datasetKeys.path(file.includes('://') ? file : `file://${file}`));
  }
  return { keys, asset: table ?? asset };
}

/**
 * Reads one ExpectationSuiteValidationResult (0.x or 1.x, or its
 * `describe()` form) into a `checked` dataset: keys `gx:<suite>` and, when
 * the result names them, its table or data asset and its file. `suiteHint`
 * names the suite when the result does not (a checkpoint's run_results key).
 */
export function readValidation(
  ctx: RunReadContext,
  result: unknown,
  path: JsonPath,
  suiteHint: string | undefined,
  datasets: RunDatasets,
): ValidationSummary {
  if (!isRecord(result)) {
    ctx.wrong(path, result, 'a validation result (a map of fields)');
    return {};
  }
  const meta = own(result, 'meta');
  const suite =
    textOf(own(result, 'suite_name')) ??
    textOf(own(meta, 'expectation_suite_name')) ??
    suiteHint;
  if (!suite) {
    ctx.problem(
      path,
      'found no suite name (suite_name or meta.expectation_suite_name), expected one to match the result to a port by; ' +
        "GX's describe() leaves it out: send the validation result or checkpoint result itself",
    );
  }
  const { keys, asset } = batchKeys(meta);
  const label = suite
    ? `${suite}${asset ? ` on ${asset}` : ''}`
    : `validation at ${formatRunPath(path)}`;
  const dataset = datasets.dataset(
    label,
    suite ? [datasetKeys.gxSuite(suite), ...keys] : keys,
    'checked',
  );
  const listKey = Array.isArray(own(result, 'results'))
    ? 'results'
    : 'expectations';
  const items = own(result, listKey);
  if (!Array.isArray(items)) {
    ctx.wrong(
      [...path, 'results'],
      own(result, 'results'),
      'a list of expectation results',
    );
  }
  for (const [item, itemPath] of itemsOf(
    ctx,
    Array.isArray(items) ? items : [],
    [...path, listKey],
  )) {
    const check = expectationCheck(ctx, item, itemPath);
    if (check) datasets.addCheck(dataset, check, itemPath);
  }
  const success = own(result, 'success');
  const runId = own(meta, 'run_id');
  return {
    ...(typeof success === 'boolean' ? { success } : {}),
    validatedAt: isoTimeOf(own(meta, 'validation_time')) ?? runTimeOf(runId),
    runId: runIdOf(runId),
    link: linkOf(own(result, 'result_url')),
    checkpoint: textOf(own(meta, 'checkpoint_name')),
  };
}
