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
  DBT_RUNS,
  datasetOf,
  dbtArtifact as artifact,
} from '../__testUtils__/dbtArtifacts';
import { ToolRun } from '../types';
import { readDbtArtifacts } from './readDbtArtifacts';

const {
  bigquery: BIGQUERY,
  build10: BUILD_1_0,
  build17: BUILD_1_7,
  run18: RUN_1_8,
} = DBT_RUNS;

const failing = (run: ToolRun) =>
  run.datasets.flatMap(dataset =>
    dataset.checks
      .filter(check => check.status !== 'pass')
      .map(check => ({ dataset: dataset.label, ...check })),
  );

describe('readDbtArtifacts on real dbt runs', () => {
  it('puts the 4 failing tests of a BigQuery dbt 0.21 run on the models they test, with their failing rows', () => {
    const { runs, problems } = readDbtArtifacts({
      runResults: artifact(BIGQUERY, 'run_results.json'),
      manifest: artifact(BIGQUERY, 'manifest.json'),
    });
    expect(problems).toEqual([]);
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(run).toMatchObject({
      tool: 'dbt',
      runId: '9adc7020-c784-4179-a4e3-e3c4ffb3b09c',
      job: 'dbt test',
      finishedAt: '2021-08-23T15:06:44.629Z',
      state: 'fail',
    });
    const first = 'model.dbt_bigquery_test.test_first_dbt_model';
    const second = 'model.dbt_bigquery_test.test_second_dbt_model';
    expect(failing(run)).toEqual([
      {
        dataset: first,
        name: 'dbt_expectations_expect_column_quantile_values_to_be_between_test_first_dbt_model_id__2__0__0_95',
        status: 'fail',
        kind: 'quality',
        message: 'Got 6 results, configured to fail if != 0',
        failures: 6,
      },
      {
        dataset: first,
        name: 'dbt_expectations_expect_column_median_to_be_between_test_first_dbt_model_id__21__7',
        status: 'fail',
        kind: 'quality',
        message: 'Got 6 results, configured to fail if != 0',
        failures: 6,
      },
      {
        dataset: first,
        name: 'unique_test_first_dbt_model_id',
        status: 'fail',
        kind: 'quality',
        message: 'Got 1 result, configured to fail if != 0',
        failures: 1,
      },
      {
        dataset: second,
        name: 'unique_test_second_dbt_model_id',
        status: 'fail',
        kind: 'quality',
        message: 'Got 1 result, configured to fail if != 0',
        failures: 1,
      },
    ]);
    expect(run.datasets.flatMap(d => d.checks)).toHaveLength(14);
    // `dbt test` built nothing: the models were only checked.
    expect(datasetOf(run, first)).toMatchObject({
      role: 'checked',
      keys: [
        'dbt:model.dbt_bigquery_test.test_first_dbt_model',
        'relation:random-gcp-project.dbt_test1.test_first_dbt_model',
      ],
    });
    expect(
      datasetOf(run, 'source.dbt_bigquery_test.dbt_test2.source_table').keys,
    ).toContain('relation:random-gcp-project.dbt_test2.source_table');
  });

  it('tells the errored model of a dbt 1.0 build, and fails the run', () => {
    const { runs, problems } = readDbtArtifacts({
      runResults: artifact(BUILD_1_0, 'run_results.json'),
    });
    const [run] = runs;
    expect(run.state).toBe('fail');
    expect(failing(run)).toEqual([
      expect.objectContaining({
        dataset: 'model.jaffle_shop.test_insert_overwrite',
        name: 'model test_insert_overwrite',
        status: 'error',
        kind: 'build',
        message: expect.stringMatching(
          /^Database Error in model test_insert_overwrite .*No matching signature for function TIMESTAMP_TRUNC/s,
        ),
      }),
    ]);
    const errored = datasetOf(run, 'model.jaffle_shop.test_insert_overwrite');
    expect(errored.newestDataAt).toBeUndefined();
    expect(datasetOf(run, 'model.jaffle_shop.orders')).toMatchObject({
      role: 'output',
      keys: ['dbt:model.jaffle_shop.orders'],
      newestDataAt: '2021-12-07T10:49:30.405Z',
    });
    // Without a manifest the 20 tests can't be put on their models: kept, and said.
    expect(
      datasetOf(run, 'test.jaffle_shop.unique_orders_order_id.fed79b3a6e'),
    ).toMatchObject({
      keys: ['dbt:test.jaffle_shop.unique_orders_order_id.fed79b3a6e'],
      checks: [
        { name: 'unique_orders_order_id', status: 'pass', kind: 'quality' },
      ],
    });
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(
        /^run_results\.results: 20 tests could not be put on the model or source they test.*manifest\.json of the same invocation/,
      ),
    ]);
  });

  it('reads a dbt 1.7 build with its manifest: tests on the models built, relations without backticks', () => {
    const { runs, problems } = readDbtArtifacts({
      runResults: artifact(BUILD_1_7, 'run_results.json'),
      manifest: artifact(BUILD_1_7, 'manifest.json'),
    });
    expect(problems).toEqual([]);
    const [run] = runs;
    expect(run).toMatchObject({
      state: 'complete',
      job: 'dbt build',
      runId: '7ee58a18-366a-45b0-a0f2-a8a09f5e87ec',
    });
    expect(failing(run)).toEqual([]);
    const orders = datasetOf(run, 'model.jaffle_shop.orders');
    expect(orders.role).toBe('output');
    expect(orders.keys).toEqual([
      'dbt:model.jaffle_shop.orders',
      'relation:your-project.jaffle_shop.orders',
    ]);
    expect(
      orders.checks.filter(c => c.kind === 'quality').map(c => c.name),
    ).toContain(
      'relationships_orders_customer_id__customer_id__ref_customers_',
    );
    expect(
      run.datasets.flatMap(d => d.checks).filter(c => c.kind === 'quality'),
    ).toHaveLength(20);
    expect(run.datasets.filter(d => d.role === 'output')).toHaveLength(38);
    // A seed's result has no relation_name; the manifest gives it.
    expect(datasetOf(run, 'seed.jaffle_shop.raw_orders').keys).toContain(
      'relation:your-project.jaffle_shop.raw_orders',
    );
  });

  it('reads a dbt 1.8 run on duckdb: its relation, and when the model was written', () => {
    const { runs, problems } = readDbtArtifacts({
      runResults: artifact(RUN_1_8, 'run_results.json'),
      manifest: artifact(RUN_1_8, 'manifest.json'),
    });
    expect(problems).toEqual([]);
    expect(runs).toEqual([
      {
        tool: 'dbt',
        runId: 'd205f9ce-0e55-4a5f-9f69-bfa170867a41',
        job: 'dbt run',
        finishedAt: '2024-11-27T23:49:47.252Z',
        state: 'complete',
        datasets: [
          {
            label: 'model.jaffle_shop.customers',
            keys: [
              'dbt:model.jaffle_shop.customers',
              'relation:jaffle_shop.main.customers',
            ],
            role: 'output',
            checks: [
              { name: 'model customers', status: 'pass', kind: 'build' },
            ],
            newestDataAt: '2024-11-27T23:49:47.240Z',
          },
        ],
      },
    ]);
  });
});
