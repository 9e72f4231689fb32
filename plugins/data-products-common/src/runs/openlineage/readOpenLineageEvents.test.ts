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
import { runEvent, seen } from '../__testUtils__/runViews';
import { readOpenLineageEvents } from './readOpenLineageEvents';

const event = (file: string) =>
  readFixture(`openlineage/events/${file}`) as any;

describe('readOpenLineageEvents on real events', () => {
  it('reads an Airflow COMPLETE event: what the task read and wrote, when, and its log', () => {
    const { runs, problems } = readOpenLineageEvents(
      event('airflow-1.14.0-BQ.upload-COMPLETE.json'),
    );
    expect(problems).toEqual([]);
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(run).toMatchObject({
      tool: 'openlineage',
      runId: '01936893-9751-7b3c-8f76-8ac6d0e5f8a3',
      job: 'airflow/BQ.upload',
      finishedAt: '2024-11-26T13:05:29.606Z',
      state: 'complete',
      link: expect.stringMatching(
        /^http:\/\/localhost:8080\/dags\/BQ\/grid\?dag_run_id=.*&task_id=upload/,
      ),
    });
    expect(seen(run)).toEqual([
      {
        label: 'gs://mock-bucket/copied.csv',
        role: 'input',
        keys: [
          'openlineage:gs://mock-bucket/copied.csv',
          'path:gs://mock-bucket/copied.csv',
        ],
        passed: 0,
        failing: [],
      },
      {
        label: 'gs://mock-bucket/test.csv',
        role: 'input',
        keys: [
          'openlineage:gs://mock-bucket/test.csv',
          'path:gs://mock-bucket/test.csv',
        ],
        passed: 0,
        failing: [],
      },
      {
        label: 'bigquery/mock-project.test.upload',
        role: 'output',
        keys: [
          'openlineage:bigquery/mock-project.test.upload',
          'relation:mock-project.test.upload',
        ],
        passed: 0,
        failing: [],
        newestDataAt: '2024-11-26T13:05:29.606Z',
      },
    ]);
  });

  it('reads a Spark job on Dataproc: a BigQuery table in, a file out', () => {
    const { runs, problems } = readOpenLineageEvents(
      event('spark-1.23.0-dataproc-bigquery-COMPLETE.json'),
    );
    expect(problems).toEqual([]);
    expect(runs[0].job).toBe(
      'default/shakespeare_on_spark.adaptive_spark_plan.outputs_1729097570970',
    );
    expect(
      runs[0].datasets.map(d => [d.role, d.keys[1], d.newestDataAt]),
    ).toEqual([
      ['input', 'relation:bigquery-public-data.samples.shakespeare', undefined],
      [
        'output',
        'path:file:///tmp/outputs/1729097570970',
        '2024-10-16T16:53:51.761Z',
      ],
    ]);
  });

  it('knows a Spark output by the Hive table its symlink names, not only by its folder', () => {
    const { runs, problems } = readOpenLineageEvents(
      event('spark-1.19.0-cll-COMPLETE.json'),
    );
    expect(problems).toEqual([]);
    const output = runs[0].datasets.find(d => d.role === 'output')!;
    expect(output.keys).toEqual([
      'openlineage:file//tmp/cll_test/tbl1',
      'path:file:///tmp/cll_test/tbl1',
      'openlineage:file:/tmp/cll_test/default.tbl1',
      'relation:default.tbl1',
    ]);
    expect(
      runs[0].datasets.filter(d => d.role === 'input').map(d => d.keys.at(-1)),
    ).toEqual(['relation:default.cll_source2', 'relation:default.cll_source1']);
  });

  it('reads bare datasets of an Airflow hook as four inputs and one output', () => {
    const { runs, problems } = readOpenLineageEvents(
      event('airflow-1.14.0-gcs_hook.compose_task-COMPLETE.json'),
    );
    expect(problems).toEqual([]);
    expect(runs[0].datasets.map(d => d.role)).toEqual([
      'input',
      'input',
      'input',
      'input',
      'output',
    ]);
  });
});

describe('readOpenLineageEvents across the events of a run', () => {
  const start = runEvent({
    eventType: 'START',
    eventTime: '2026-12-07T01:58:00Z',
    outputs: [],
  });

  it('makes one run of START and COMPLETE, whichever comes first', () => {
    for (const events of [
      [start, runEvent()],
      [runEvent(), start],
    ]) {
      const { runs, problems } = readOpenLineageEvents(events);
      expect(problems).toEqual([]);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({
        state: 'complete',
        finishedAt: '2026-12-07T02:00:00.000Z',
      });
      expect(runs[0].datasets[0].newestDataAt).toBe('2026-12-07T02:00:00.000Z');
    }
  });

  it('leaves a started run running, and gives a failed run no new data', () => {
    expect(readOpenLineageEvents(start).runs[0].state).toBe('running');
    const { runs } = readOpenLineageEvents([
      start,
      runEvent({ eventType: 'FAIL', eventTime: '2026-12-07T02:01:00Z' }),
    ]);
    expect(runs[0]).toMatchObject({ state: 'fail' });
    expect(runs[0].datasets[0]).toMatchObject({ role: 'output' });
    expect(runs[0].datasets[0].newestDataAt).toBeUndefined();
  });

  it("reads a run's test facet as checks on the job, a warn-severity failure as a warning", () => {
    const { runs, problems } = readOpenLineageEvents(
      runEvent({
        run: {
          runId: '0192963f-f6f8-71c0-8380-500bc70883ee',
          facets: {
            test: {
              tests: [
                { name: 'orders_not_empty', status: 'pass' },
                {
                  name: 'no_orphans',
                  status: 'fail',
                  severity: 'warn',
                  expected: '0',
                  actual: 3,
                },
                {
                  name: 'row_count',
                  status: 'fail',
                  expected: '1000',
                  actual: '999',
                },
                { name: 'slow_check', status: 'skip' },
              ],
            },
          },
        },
      }),
    );
    expect(problems).toEqual([]);
    expect(seen(runs[0])[0]).toEqual({
      label: 'job shop/orders.daily',
      role: 'checked',
      keys: ['openlineage-job:shop/orders.daily'],
      passed: 1,
      failing: [
        'warn no_orphans: expected 0, found 3',
        'fail row_count: expected 1000, found 999',
        'skipped slow_check',
      ],
    });
  });
});
