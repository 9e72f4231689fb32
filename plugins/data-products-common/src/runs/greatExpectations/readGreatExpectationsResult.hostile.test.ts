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
import { messages } from '../__testUtils__/runViews';
import { RUN_READ_LIMITS } from '../readContext';
import { readGreatExpectationsResult } from './readGreatExpectationsResult';

const taxi = () =>
  readFixture(
    'great-expectations/gx0.13.17-checkpoint-ValidationOperatorResult-taxi.json',
  ) as any;

describe('readGreatExpectationsResult on hostile input', () => {
  it('keeps the good documents of a list and names each bad one', () => {
    const { runs, problems } = readGreatExpectationsResult([
      taxi(),
      'great success',
      { results: 'all passed', meta: { expectation_suite_name: 'orders' } },
      { run_results: { 'a::b': 7 }, run_id: { run_name: 'r' } },
    ]);
    expect(
      runs.map(run => [run.runId, run.state, run.datasets.length]),
    ).toEqual([
      ['20210426T122353.250664Z@2021-04-26T12:23:53.250Z', 'complete', 1],
      ['r', 'other', 0],
    ]);
    expect(messages(problems)).toEqual([
      '[1]: found "great success", expected a GX validation or checkpoint result (a map of fields)',
      '[2]: found a map of fields, expected a GX validation result (results), checkpoint result (run_results) or its describe() (validation_results)',
      '[3].run_results["a::b"]: found 7, expected a validation result (a map of fields)',
    ]);
  });

  it('names wrong types inside a validation, and reads the expectations that are fine', () => {
    const checkpoint = taxi();
    const [entry] = Object.values(checkpoint.run_results) as any[];
    const results = entry.validation_result.results;
    results[0] = 'passed';
    results[1].success = 'yes';
    results[2].expectation_config = { kwargs: { column: 'fare' } };
    const { runs, problems } = readGreatExpectationsResult(checkpoint);
    const where =
      'run_results["ValidationResultIdentifier::taxi/demo/20210426T122353.250664Z/20210426T122353.250664Z/f6faf580c44968853d50cc942ab89192"].validation_result.results';
    expect(messages(problems)).toEqual([
      `${where}[0]: found "passed", expected an expectation result (a map of fields)`,
      `${where}[1].success: found "yes", expected true or false; the check counts as skipped`,
      `${where}[2].expectation_config.type: found nothing, expected the expectation type (expectation_config.type or .expectation_type); it was not kept`,
    ]);
    expect(runs[0].datasets[0].checks.map(c => c.status)).toEqual([
      'skipped',
      ...new Array(6).fill('pass'),
    ]);
  });

  it('reads __proto__ keys as data, and pollutes nothing', () => {
    const { runs } = readGreatExpectationsResult(
      JSON.parse(`{
        "__proto__": { "polluted": true },
        "success": true,
        "run_id": { "run_name": "constructor", "run_time": "2026-12-07T02:00:00Z" },
        "run_results": { "__proto__": {
          "success": true,
          "meta": { "expectation_suite_name": "__proto__" },
          "results": [{ "success": true, "expectation_config": { "type": "constructor" } }]
        } }
      }`),
    );
    expect(({} as any).polluted).toBeUndefined();
    expect(runs[0]).toMatchObject({
      runId: 'constructor@2026-12-07T02:00:00.000Z',
      state: 'complete',
      datasets: [
        {
          label: '__proto__',
          keys: ['gx:__proto__'],
          checks: [{ name: 'constructor', status: 'pass', kind: 'quality' }],
        },
      ],
    });
  });

  it('keeps expectations up to the check limit and says so', () => {
    const expectation = {
      success: false,
      expectation_config: { type: 'expect_column_values_to_not_be_null' },
    };
    const { runs, problems } = readGreatExpectationsResult({
      suite_name: 'orders',
      success: false,
      results: new Array(RUN_READ_LIMITS.checks + 1).fill(expectation),
    });
    expect(runs[0].datasets[0].checks).toHaveLength(RUN_READ_LIMITS.checks);
    expect(messages(problems)[0]).toBe(
      `results[${RUN_READ_LIMITS.checks}]: more than ${RUN_READ_LIMITS.checks} checks in one read; this one and the rest were not kept`,
    );
  });
});
