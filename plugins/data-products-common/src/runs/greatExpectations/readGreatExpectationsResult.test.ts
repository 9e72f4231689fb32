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
import { messages, seen } from '../__testUtils__/runViews';
import { readGreatExpectationsResult } from './readGreatExpectationsResult';

const gx = (file: string) => readFixture(`great-expectations/${file}`) as any;

const TITANIC_0X =
  'gx0.9.7-ExpectationSuiteValidationResult-titanic-profiler.0x-serialization.json';
const TITANIC_1X =
  'gx-ExpectationSuiteValidationResult-titanic-profiler.1x-serialization.json';
const TAXI_CHECKPOINT_013 =
  'gx0.13.17-checkpoint-ValidationOperatorResult-taxi.json';
const CHECKPOINT_110 =
  'gx1.10.0-CheckpointResult-failure.correlator-serialization.json';

describe('readGreatExpectationsResult on real results', () => {
  it.each([
    ['0.x', TITANIC_0X],
    ['1.x', TITANIC_1X],
  ])(
    'reads a %s suite validation: 8 of 51 expectations failed, with how many rows',
    (_, file) => {
      const { runs, problems } = readGreatExpectationsResult(gx(file));
      expect(problems).toEqual([]);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({
        tool: 'great-expectations',
        runId: '20200322T170247.671855Z',
        job: 'default',
        finishedAt: '2020-03-22T17:02:47.671Z',
        state: 'fail',
      });
      const [suite] = seen(runs[0]);
      expect(suite).toMatchObject({
        label: 'default',
        role: 'checked',
        keys: ['gx:default'],
        passed: 43,
      });
      expect(suite.failing).toHaveLength(8);
      expect(suite.failing.slice(0, 3)).toEqual([
        'fail expect_column_values_to_be_in_set on Unnamed: 0: 1313 of 1313 values unexpected',
        'fail expect_column_values_to_be_in_set on Name: 1313 of 1313 values unexpected',
        'fail expect_column_values_to_not_match_regex on Name: 3 of 1313 values unexpected',
      ]);
      expect(
        runs[0].datasets[0].checks.find(c => c.status === 'fail'),
      ).toMatchObject({ failures: 1313 });
    },
  );

  it('reads a 0.13 checkpoint: its suite, the file it validated, all 9 passing', () => {
    const { runs, problems } = readGreatExpectationsResult(
      gx(TAXI_CHECKPOINT_013),
    );
    expect(problems).toEqual([]);
    expect(runs).toEqual([
      {
        tool: 'great-expectations',
        runId: '20210426T122353.250664Z@2021-04-26T12:23:53.250Z',
        job: 'default-action-list-validation-operator',
        finishedAt: '2021-04-26T12:23:53.265Z',
        state: 'complete',
        datasets: [
          expect.objectContaining({
            label: 'taxi.demo',
            keys: [
              'gx:taxi.demo',
              'path:file:///home/example/code/openlineage/integrations/airflow/tests/data/great_expectations/data/yellow_tripdata_sample_2019-01.csv',
            ],
          }),
        ],
      },
    ]);
    expect(seen(runs[0])[0]).toMatchObject({ passed: 9, failing: [] });
  });

  it("takes a checkpoint's suite from its run_results key when the result does not name it", () => {
    const checkpoint = gx(TAXI_CHECKPOINT_013);
    const [entry] = Object.values(checkpoint.run_results) as any[];
    delete entry.validation_result.meta.expectation_suite_name;
    const { runs } = readGreatExpectationsResult(checkpoint);
    expect(runs[0].datasets[0].keys[0]).toBe('gx:taxi.demo');
  });

  it('reads a 1.10 checkpoint result: its name, its data asset, six failed expectations', () => {
    const { runs, problems } = readGreatExpectationsResult(gx(CHECKPOINT_110));
    expect(problems).toEqual([]);
    expect(runs[0]).toMatchObject({
      runId: 'test-failure-run@2026-01-20T12:57:48.977Z',
      job: 'failure_checkpoint',
      finishedAt: '2026-01-20T12:57:48.977Z',
      state: 'fail',
    });
    expect(seen(runs[0])).toEqual([
      {
        label: 'taxi_expectations on taxi_dirty',
        role: 'checked',
        keys: ['gx:taxi_expectations'],
        passed: 0,
        failing: [
          'fail expect_column_values_to_not_be_null on vendor_id',
          'fail expect_column_values_to_be_in_set on vendor_id',
          'fail expect_column_values_to_not_be_null on passenger_count',
          'fail expect_column_values_to_be_between on passenger_count',
          'fail expect_column_values_to_be_between on fare_amount',
          'fail expect_column_values_to_be_between on trip_distance',
        ],
      },
    ]);
  });

  it('reads a 1.x validation result stored on its own, whose run_id is JSON text', () => {
    const [entry] = Object.values(gx(CHECKPOINT_110).run_results) as any[];
    const { runs } = readGreatExpectationsResult({
      ...entry.validation_result,
      suite_name: 'taxi_expectations',
    });
    expect(runs[0]).toMatchObject({
      runId: 'test-failure-run@2026-01-20T12:57:48.977Z',
      finishedAt: '2026-01-20T12:57:48.977Z',
      state: 'fail',
    });
  });

  it("reads a CheckpointResult's describe(), its result page as the link, and says the suite is missing", () => {
    const { runs, problems } = readGreatExpectationsResult({
      success: false,
      statistics: { evaluated_validations: 1 },
      validation_results: [
        {
          success: false,
          result_url: 'https://gx.example.com/results/123',
          expectations: [
            {
              expectation_type: 'expect_column_values_to_not_be_null',
              success: true,
              kwargs: { column: 'id' },
            },
            {
              expectation_type: 'expect_column_values_to_be_between',
              success: false,
              kwargs: { column: 'fare' },
              result: { observed_value: 612 },
              exception_info: {
                "('column.max', 'abc')": {
                  raised_exception: true,
                  exception_message: 'column fare not found',
                },
              },
            },
          ],
        },
      ],
    });
    expect(runs[0]).toMatchObject({
      state: 'fail',
      link: 'https://gx.example.com/results/123',
    });
    expect(seen(runs[0])[0]).toMatchObject({
      keys: [],
      passed: 1,
      failing: [
        'error expect_column_values_to_be_between on fare: column fare not found',
      ],
    });
    expect(messages(problems)).toEqual([
      "validation_results[0]: found no suite name (suite_name or meta.expectation_suite_name), expected one to match the result to a port by; GX's describe() leaves it out: send the validation result or checkpoint result itself",
      'run_id: found no run id (run_id or meta.run_id), expected one to tell runs apart',
    ]);
  });
});
