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

import { DBT_PROJECT } from './dbtNodes';

/** dbt's statuses of a test, with the message and failure count it writes for each. */
export type TestStatus = 'pass' | 'fail' | 'warn' | 'error';

/** One entry of run_results.json's `results`, ending at `end` after `seconds`. */
export function runResult(
  uniqueId: string,
  outcome:
    | { status: 'success'; relationName: string }
    | { status: TestStatus; failures: number },
  end: Date,
  seconds: number,
  thread: number,
) {
  const iso = (d: Date) => d.toISOString().replace('Z', '000Z');
  const start = new Date(end.getTime() - seconds * 1000);
  const isModel = outcome.status === 'success';
  let message: string | null = null;
  if (outcome.status === 'success') message = 'CREATE TABLE (1.2k rows)';
  else if (outcome.status === 'error')
    message = `Database Error in test ${
      uniqueId.split('.')[2]
    }: query timed out`;
  else if (outcome.status !== 'pass') {
    const verb = outcome.status === 'warn' ? 'warn' : 'fail';
    message = `Got ${outcome.failures} results, configured to ${verb} if != 0`;
  }
  return {
    status: outcome.status,
    timing: [
      { name: 'compile', started_at: iso(start), completed_at: iso(start) },
      { name: 'execute', started_at: iso(start), completed_at: iso(end) },
    ],
    thread_id: `Thread-${thread}`,
    execution_time: seconds,
    adapter_response: isModel
      ? { _message: message, code: 'CREATE TABLE', rows_affected: 1200 }
      : {},
    message,
    failures: isModel || outcome.status === 'error' ? null : outcome.failures,
    unique_id: uniqueId,
    compiled: true,
    compiled_code: 'select 1',
    relation_name: isModel ? outcome.relationName : null,
  };
}

const metadata = (schema: string, invocationId: string, end: Date) => ({
  dbt_schema_version: `https://schemas.getdbt.com/dbt/${schema}.json`,
  dbt_version: '1.8.9',
  generated_at: end.toISOString().replace('Z', '000Z'),
  invocation_id: invocationId,
  env: {},
});

/** manifest.json (v12) of the nodes, with the maps dbt derives from their dependencies. */
export function dbtManifest(
  nodes: Record<string, { depends_on: { nodes: string[] } }>,
  run: { invocationId: string; end: Date; projectId: string },
) {
  const parentMap: Record<string, string[]> = {};
  const childMap: Record<string, string[]> = {};
  for (const [id, node] of Object.entries(nodes)) {
    parentMap[id] = node.depends_on.nodes;
    childMap[id] ??= [];
    for (const parent of node.depends_on.nodes) {
      (childMap[parent] ??= []).push(id);
    }
  }
  const none = ['sources', 'macros', 'docs', 'exposures', 'metrics', 'groups'];
  const more = ['selectors', 'disabled', 'group_map', 'saved_queries'];
  return {
    metadata: {
      ...metadata('manifest/v12', run.invocationId, run.end),
      project_name: DBT_PROJECT,
      project_id: run.projectId,
      user_id: null,
      send_anonymous_usage_stats: false,
      adapter_type: 'bigquery',
    },
    nodes,
    ...Object.fromEntries(
      [...none, ...more, 'semantic_models', 'unit_tests'].map(key => [key, {}]),
    ),
    parent_map: parentMap,
    child_map: childMap,
  };
}

/** run_results.json (v6) of a `dbt build` that ended at `end`. */
export function dbtRunResults(
  results: unknown[],
  run: { invocationId: string; end: Date; seconds: number },
) {
  return {
    metadata: metadata('run-results/v6', run.invocationId, run.end),
    results,
    elapsed_time: run.seconds,
    args: {
      invocation_command: 'dbt build --target prod',
      which: 'build',
      target: 'prod',
      log_format: 'default',
      quiet: false,
    },
  };
}
