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

import { JsonPath, RunReadContext } from '../readContext';
import { RunDatasets } from '../runDatasets';
import { laterOf } from '../times';
import { RunReadResult, ToolRun, ToolRunState } from '../types';
import {
  JsonRecord,
  entriesOf,
  isRecord,
  itemsOf,
  own,
  textOf,
} from '../values';
import { dataDocsLink, suiteOfKey } from './gxCheckpoint';
import {
  ValidationSummary,
  readValidation,
  runIdOf,
  runTimeOf,
} from './readValidation';

/** The validations of a document, whichever GX shape it has, with their paths and suite hints. */
function* validationsOf(
  ctx: RunReadContext,
  document: JsonRecord,
  path: JsonPath,
): Generator<[unknown, JsonPath, string | undefined]> {
  const described = own(document, 'validation_results');
  const runResults = own(document, 'run_results');
  if (Array.isArray(described)) {
    // CheckpointResult.describe() (1.x): a list of suite results' describe().
    for (const [result, resultPath] of itemsOf(ctx, described, [
      ...path,
      'validation_results',
    ])) {
      yield [result, resultPath, undefined];
    }
  } else if (isRecord(runResults)) {
    // A checkpoint or validation operator's results (0.x: { validation_result,
    // actions_results } per key; 1.x: the suite result itself).
    for (const [key, value, valuePath] of entriesOf(ctx, runResults, [
      ...path,
      'run_results',
    ])) {
      const wrapped = own(value, 'validation_result');
      yield wrapped !== undefined
        ? [wrapped, [...valuePath, 'validation_result'], suiteOfKey(key, value)]
        : [value, valuePath, suiteOfKey(key, value)];
    }
  } else if (
    Array.isArray(own(document, 'results')) ||
    Array.isArray(own(document, 'expectations'))
  ) {
    yield [document, path, undefined];
  } else {
    ctx.wrong(
      path,
      document,
      'a GX validation result (results), checkpoint result (run_results) or its describe() (validation_results)',
    );
  }
}

/** A run fails when GX says it did not succeed; without a word on success, its state is open. */
function runState(failed: boolean, known: boolean): ToolRunState {
  if (failed) return 'fail';
  return known ? 'complete' : 'other';
}

/** One document (a validation, a checkpoint run) as one run. */
function readDocument(
  ctx: RunReadContext,
  document: unknown,
  path: JsonPath,
): ToolRun | undefined {
  if (!isRecord(document)) {
    ctx.wrong(
      path,
      document,
      'a GX validation or checkpoint result (a map of fields)',
    );
    return undefined;
  }
  const datasets = new RunDatasets(ctx);
  const summaries: ValidationSummary[] = [];
  for (const [result, resultPath, suiteHint] of validationsOf(
    ctx,
    document,
    path,
  )) {
    summaries.push(
      readValidation(ctx, result, resultPath, suiteHint, datasets),
    );
  }
  if (summaries.length === 0) return undefined;
  const runId = own(document, 'run_id');
  const checkpoint =
    textOf(own(own(document, 'checkpoint_config'), 'name')) ??
    textOf(own(own(document, 'validation_operator_config'), 'name')) ??
    textOf(own(own(document, '_metadata'), 'checkpoint_name')) ??
    summaries.map(summary => summary.checkpoint).find(Boolean);
  const datasetList = datasets.list();
  const job =
    checkpoint ?? (datasetList.length === 1 ? datasetList[0].label : undefined);
  const success = own(document, 'success');
  const failed =
    success === false ||
    (typeof success !== 'boolean' &&
      summaries.some(summary => summary.success === false));
  const known =
    typeof success === 'boolean' ||
    summaries.some(s => s.success !== undefined);
  const finishedAt = summaries.reduce<string | undefined>(
    (latest, summary) => laterOf(latest, summary.validatedAt),
    runTimeOf(runId),
  );
  const id =
    runIdOf(runId) ?? summaries.map(summary => summary.runId).find(Boolean);
  const link =
    summaries.map(summary => summary.link).find(Boolean) ??
    dataDocsLink(document);
  if (!id)
    ctx.problem(
      [...path, 'run_id'],
      'found no run id (run_id or meta.run_id), expected one to tell runs apart',
    );
  return {
    tool: 'great-expectations',
    ...(id ? { runId: id } : {}),
    ...(job ? { job } : {}),
    ...(finishedAt ? { finishedAt } : {}),
    state: runState(failed, known),
    ...(link ? { link } : {}),
    datasets: datasetList,
  };
}

/**
 * Reads a Great Expectations result as runs: an ExpectationSuiteValidationResult
 * (0.x `expectation_type`/`evaluation_parameters`, 1.x `type`/`suite_name`/
 * `suite_parameters`), a 0.x checkpoint or validation-operator result
 * (`run_results` of `{ validation_result, actions_results }`), a 1.x
 * CheckpointResult (`run_results` of suite results) or its `describe()`
 * (`validation_results`), or a list of any of them. Each validation becomes
 * a `checked` dataset keyed by its suite (`gx:<suite>`) and, when named, its
 * table or data asset and file; `result_url` becomes the run's link. A run
 * fails when GX says it did not succeed. Never throws.
 * @public
 */
export function readGreatExpectationsResult(result: unknown): RunReadResult {
  const ctx = new RunReadContext();
  const runs: ToolRun[] = [];
  const documents: Array<[unknown, JsonPath]> = Array.isArray(result)
    ? [...itemsOf(ctx, result, [])]
    : [[result, []]];
  for (const [document, path] of documents) {
    const run = readDocument(ctx, document, path);
    if (run) runs.push(run);
  }
  return { runs, problems: ctx.problems() };
}
