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

import { readFixture } from '../__fixtures__/readFixture';
import {
  messages,
  runEvent,
  seen,
  seenDataset,
} from '../__testUtils__/runViews';
import { readOpenLineageEvents } from './readOpenLineageEvents';

const event = (file: string) =>
  readFixture(`openlineage/events/${file}`) as any;

describe('readOpenLineageEvents on real data-quality facets', () => {
  it('puts dbt-ol test assertions on the tables they test, with the failing one and its message', () => {
    const { runs, problems } = readOpenLineageEvents(
      event('dbt-ol-postgres-test-events.fixture.json'),
    );
    // The fixture's runIds are a test matcher, not UUIDs: read, and said.
    expect(problems).toHaveLength(26);
    expect(problems[0].message).toBe(
      '[0].run.runId: found "{{ any(result) }}", expected a UUID; read as the run id anyway',
    );
    expect(runs).toHaveLength(13);
    const parent = runs.find(
      r => r.job === 'dbt-test-namespace/dbt-run-jaffle_shop',
    )!;
    expect(parent).toMatchObject({
      state: 'fail',
      finishedAt: '2024-12-17T10:03:24.864Z',
    });
    const checked = runs.flatMap(run =>
      run.datasets
        .filter(d => d.role === 'checked')
        .map(d => ({ state: run.state, ...seenDataset(d) })),
    );
    expect(checked.map(c => [c.state, c.label, c.passed, c.failing])).toEqual([
      [
        'fail',
        'postgres://postgres:5432/postgres.public.customers',
        0,
        [
          'fail accepted_values on first_name: Got 78 results, configured to fail if != 0',
        ],
      ],
      ['complete', 'postgres://postgres:5432/postgres.public.customers', 1, []],
      ['complete', 'postgres://postgres:5432/postgres.public.orders', 1, []],
      ['complete', 'postgres://postgres:5432/postgres.public.customers', 1, []],
    ]);
    expect(checked[0].keys).toEqual([
      'openlineage:postgres://postgres:5432/postgres.public.customers',
      'relation:postgres.public.customers',
    ]);
  });

  it('reads the assertions of the old Great Expectations action, and a run without time or id', () => {
    const { runs, problems } = readOpenLineageEvents(
      event('great-expectations-0.13-airflow-expected-events.fixture.json'),
    );
    expect(runs.map(run => seen(run)[0])).toEqual([
      {
        label: 'sqlite/transactions',
        role: 'checked',
        keys: ['openlineage:sqlite/transactions', 'relation:transactions'],
        passed: 8,
        failing: [],
      },
      {
        label: 'file//opt/data/great_expectations/data/dataset.csv',
        role: 'checked',
        keys: [
          'openlineage:file//opt/data/great_expectations/data/dataset.csv',
          'path:file:///opt/data/great_expectations/data/dataset.csv',
        ],
        passed: 8,
        failing: [],
      },
      {
        label: 'sqlite/transactions_bad',
        role: 'checked',
        keys: [
          'openlineage:sqlite/transactions_bad',
          'relation:transactions_bad',
        ],
        passed: 6,
        failing: [
          'fail expect_column_values_to_not_be_null on counterparty_id',
          'fail expect_column_distinct_values_to_be_in_set on currency',
        ],
      },
    ]);
    expect(runs.map(run => [run.state, run.runId, run.finishedAt])).toEqual([
      ['complete', undefined, undefined],
      ['complete', undefined, undefined],
      ['complete', undefined, undefined],
    ]);
    expect(messages(problems).slice(0, 2)).toEqual([
      '[0].eventTime: found nothing, expected a timestamp in ISO 8601, such as 2026-12-07T02:00:00Z',
      '[0].run.runId: found nothing, expected text',
    ]);
  });

  it('reads the spec example facets where the spec puts them: assertions as input facets, lastUpdated as newest data', () => {
    const assertions = readFixture(
      'openlineage/spec/facet-examples/DataQualityAssertionsDatasetFacet.1.json',
    );
    const metrics = readFixture(
      'openlineage/spec/facet-examples/DataQualityMetricsDatasetFacet.1.json',
    );
    const { runs, problems } = readOpenLineageEvents(
      runEvent({
        outputs: [],
        inputs: [
          {
            namespace: 'postgres://db:5432',
            name: 'shop.public.payments',
            facets: metrics,
            inputFacets: assertions,
          },
        ],
      }),
    );
    expect(problems).toEqual([]);
    expect(seen(runs[0])).toEqual([
      {
        label: 'postgres://db:5432/shop.public.payments',
        role: 'checked',
        keys: [
          'openlineage:postgres://db:5432/shop.public.payments',
          'relation:shop.public.payments',
        ],
        passed: 10,
        failing: [],
        newestDataAt: '2023-05-30T10:54:22.355Z',
      },
    ]);
  });
});
