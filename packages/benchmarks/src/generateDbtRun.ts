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

import {
  DBT_PROJECT,
  modelNode,
  testNode,
  type DbtModel,
  type DbtTest,
} from './dbtNodes';
import {
  dbtManifest,
  dbtRunResults,
  runResult,
  type TestStatus,
} from './dbtArtifacts';
import { SeededRandom } from './SeededRandom';
import type { ServedTable } from './servedTables';

const TEST_TYPES = ['not_null', 'unique', 'accepted_values', 'relationships'];
const COLUMNS = [
  'id',
  'customer_id',
  'order_id',
  'amount',
  'currency',
  'status',
  'region',
  'created_at',
  'updated_at',
  'valid_from',
];
/** The share of tests on staging models, which no port serves. */
const STAGING_SHARE = 0.05;

/** A test's outcome, with the port its model serves (none for staging models). */
export interface TestOutcome {
  name: string;
  status: TestStatus;
  failures: number;
  table?: ServedTable;
}

export interface GeneratedDbtRun {
  /** The body of `POST /runs/dbt`: run_results.json (v6) and manifest.json (v12). */
  artifacts: { runResults: unknown; manifest: unknown };
  invocationId: string;
  tests: TestOutcome[];
  /** Models built: one per table given, and the staging models. */
  models: number;
}

/** A version 4 UUID, as dbt's invocation_id. */
const uuid = (rng: SeededRandom) =>
  `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-a${rng.hex(3)}-${rng.hex(12)}`;

/** The model that builds a port's table, named as its relation says. */
function martModel(table: ServedTable): DbtModel {
  const name = `${table.schema.replace(/-/g, '_')}__${table.table}`;
  const relationName =
    table.warehouse === 'bigquery'
      ? `\`prod\`.\`${table.schema}\`.\`${table.table}\``
      : `PROD."${table.schema}".${table.table.toUpperCase()}`;
  return {
    name,
    uniqueId: `model.${DBT_PROJECT}.${name}`,
    database: 'prod',
    schema: table.schema,
    alias: table.table,
    relationName,
    columns: [],
  };
}

function stagingModel(index: number): DbtModel {
  const name = `stg_source_${index}`;
  return {
    ...{ name, uniqueId: `model.${DBT_PROJECT}.${name}` },
    ...{ database: 'prod', schema: 'staging', alias: name, columns: [] },
    relationName: `\`prod\`.\`staging\`.\`${name}\``,
  };
}

/** Spreads `total` tests over the models, each model at least one. */
function spread(rng: SeededRandom, models: number, total: number): number[] {
  const counts = new Array(models).fill(1);
  for (let i = models; i < total; i++) counts[rng.int(0, models - 1)] += 1;
  return counts;
}

/** Most models pass; a troubled few fail a share of their tests, as after an upstream change. */
function outcome(rng: SeededRandom, troubled: boolean): TestOutcome['status'] {
  if (rng.chance(troubled ? 0.08 : 0.002)) return 'fail';
  if (rng.chance(0.01)) return 'warn';
  return rng.chance(0.0005) ? 'error' : 'pass';
}

/**
 * A `dbt build` of the models behind `tables`, and of staging models no
 * port serves, with `tests` generic tests on them (some failing), as dbt
 * 1.8 writes its artifacts. The same seed gives the same run; times end
 * a minute before `now`.
 */
export function generateDbtRun(
  tables: ServedTable[],
  options: { tests: number; now: Date; seed?: number },
): GeneratedDbtRun {
  const rng = new SeededRandom(options.seed ?? 17);
  const marts = tables.map(martModel);
  const staging = Array.from(
    { length: Math.max(1, Math.round(marts.length * 0.2)) },
    (_, i) => stagingModel(i + 1),
  );
  const stagingTests = Math.round(options.tests * STAGING_SHARE);
  const counts = [
    ...spread(rng, marts.length, options.tests - stagingTests),
    ...spread(rng, staging.length, stagingTests),
  ];
  const models = [...marts, ...staging];
  const end = new Date(options.now.getTime() - 60_000);
  const invocationId = uuid(rng);
  const nodes: Parameters<typeof dbtManifest>[0] = {};
  const results: unknown[] = [];
  const outcomes: TestOutcome[] = [];
  // Models end within the run's quarter of an hour, their tests after them.
  const before = (seconds: number) => new Date(end.getTime() - seconds * 1000);

  models.forEach((model, m) => {
    const tests: DbtTest[] = [];
    for (let j = 0; j < counts[m]; j++) {
      const type = TEST_TYPES[j % TEST_TYPES.length];
      const round = Math.floor(j / TEST_TYPES.length);
      const column = `${COLUMNS[round % COLUMNS.length]}${
        round >= COLUMNS.length ? `_${Math.floor(round / COLUMNS.length)}` : ''
      }`;
      const name = `${type}_${model.name}_${column}`;
      const refersTo =
        type === 'relationships' && m > 0 ? models[m - 1] : undefined;
      tests.push({
        ...{ type, name, column, model, refersTo },
        uniqueId: `test.${DBT_PROJECT}.${name}.${rng.hex(10)}`,
      });
    }
    model.columns = [...new Set(tests.map(t => t.column))];
    nodes[model.uniqueId] = modelNode(model, rng.hex(64));
    results.push(
      runResult(
        model.uniqueId,
        { status: 'success', relationName: model.relationName },
        before(rng.int(120, 900)),
        rng.int(5, 90),
        (m % 8) + 1,
      ),
    );
    const troubled = rng.chance(0.15);
    for (const test of tests) {
      const node = testNode(test);
      nodes[test.uniqueId] = node;
      const status = outcome(rng, troubled);
      const failures = ['fail', 'warn'].includes(status) ? rng.int(1, 40) : 0;
      results.push(
        runResult(
          test.uniqueId,
          { status, failures },
          before(rng.int(1, 110)),
          0.8,
          (m % 8) + 1,
        ),
      );
      outcomes.push({
        ...{ name: test.name, status, failures },
        table: m < marts.length ? tables[m] : undefined,
      });
    }
  });

  const run = { invocationId, end, projectId: rng.hex(32) };
  const manifest = dbtManifest(nodes, run);
  const runResults = dbtRunResults(results, { ...run, seconds: 960.4 });
  return {
    artifacts: { runResults, manifest },
    invocationId,
    tests: outcomes,
    models: models.length,
  };
}
