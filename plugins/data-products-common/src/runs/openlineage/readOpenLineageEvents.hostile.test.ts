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

import { messages, runEvent } from '../__testUtils__/runViews';
import { RUN_READ_LIMITS } from '../readContext';
import { readOpenLineageEvents } from './readOpenLineageEvents';

const OTHER_RUN = '01936893-9751-7b3c-8f76-8ac6d0e5f8a3';

describe('readOpenLineageEvents on hostile input', () => {
  it('keeps the good events of a batch and names each bad one', () => {
    const { runs, problems } = readOpenLineageEvents([
      runEvent(),
      'COMPLETE',
      42,
      { ...runEvent(), run: 'abc' },
      {
        eventTime: '2026-12-07T02:00:00Z',
        dataset: { namespace: 'a', name: 'b' },
      },
      runEvent({ run: { runId: OTHER_RUN } }),
    ]);
    expect(runs.map(run => run.runId)).toEqual([
      '0192963f-f6f8-71c0-8380-500bc70883ee',
      undefined,
      OTHER_RUN,
    ]);
    expect(messages(problems)).toEqual([
      '[1]: found "COMPLETE", expected an OpenLineage RunEvent (eventType, eventTime, run, job)',
      '[2]: found 42, expected an OpenLineage RunEvent (eventType, eventTime, run, job)',
      '[3].run: found "abc", expected a map of fields',
      '[3].run.runId: found nothing, expected text',
      '[4]: found a DatasetEvent, which has no run; expected a RunEvent (only runs are read)',
    ]);
  });

  it('names wrong types where they are, and still reads the rest', () => {
    const { runs, problems } = readOpenLineageEvents(
      runEvent({
        eventType: 5,
        eventTime: 'yesterday',
        inputs: 'orders',
        outputs: [
          'orders',
          {
            namespace: 'postgres://db:5432',
            name: 'shop.public.orders',
            facets: {
              dataQualityAssertions: { assertions: 'all good' },
              greatExpectations_assertions: {
                assertions: [{ expectationType: 'x', success: 'yes' }, 7],
              },
            },
          },
        ],
      }),
    );
    expect(messages(problems)).toEqual([
      'eventType: found 5, expected one of START, RUNNING, COMPLETE, FAIL, ABORT, OTHER',
      'eventTime: found "yesterday", expected a timestamp in ISO 8601, such as 2026-12-07T02:00:00Z',
      'inputs: found "orders", expected a list',
      'outputs[0]: found "orders", expected a dataset (namespace, name, facets)',
      'outputs[1].facets.dataQualityAssertions.assertions: found "all good", expected a list of assertions',
      'outputs[1].facets.greatExpectations_assertions.assertions[0].success: found "yes", expected true or false; the check counts as skipped',
      'outputs[1].facets.greatExpectations_assertions.assertions[1]: found 7, expected an assertion (a map of fields)',
    ]);
    expect(runs[0]).toMatchObject({ state: 'other' });
    expect(runs[0].datasets[0].checks).toEqual([
      { name: 'x', status: 'skipped', kind: 'quality' },
    ]);
  });

  it('reads __proto__ and constructor as plain unknown words, and pollutes nothing', () => {
    const { runs, problems } = readOpenLineageEvents(
      JSON.parse(`{
        "__proto__": { "polluted": true },
        "eventType": "constructor",
        "eventTime": "2026-12-07T02:00:00Z",
        "run": { "runId": "${OTHER_RUN}", "facets": { "test": { "tests": [
          { "name": "__proto__", "status": "constructor" },
          { "name": "toString", "status": "__proto__" }
        ] } } },
        "job": { "namespace": "constructor", "name": "__proto__" },
        "outputs": [{ "namespace": "constructor://x", "name": "__proto__" }]
      }`),
    );
    expect(({} as any).polluted).toBeUndefined();
    expect(runs[0]).toMatchObject({
      job: 'constructor/__proto__',
      state: 'other',
    });
    expect(
      runs[0].datasets.map(d => [d.label, d.checks.map(c => c.status)]),
    ).toEqual([
      ['job constructor/__proto__', ['skipped', 'skipped']],
      ['constructor://x/__proto__', []],
    ]);
    expect(messages(problems)).toEqual([
      'eventType: found "constructor", expected one of START, RUNNING, COMPLETE, FAIL, ABORT, OTHER',
      'run.facets.test.tests[0].status: found "constructor", expected one of pass, fail, skip, skipped; the check counts as skipped',
      'run.facets.test.tests[1].status: found "__proto__", expected one of pass, fail, skip, skipped; the check counts as skipped',
    ]);
  });

  it('stops at the item limit and says so, past a screen of junk', () => {
    const junk = new Array(RUN_READ_LIMITS.items + 5).fill(null);
    const { runs, problems } = readOpenLineageEvents(junk);
    expect(runs).toEqual([]);
    expect(problems).toHaveLength(RUN_READ_LIMITS.problems + 2);
    expect(problems.at(-2)!.message).toBe(
      `[${RUN_READ_LIMITS.items}]: more than ${RUN_READ_LIMITS.items} items to read; the rest of the input was not read`,
    );
    expect(problems.at(-1)!.message).toBe(
      `(document): ${
        RUN_READ_LIMITS.items - RUN_READ_LIMITS.problems
      } more problems not listed`,
    );
  });

  it('keeps checks up to the limit and says it dropped the rest', () => {
    const assertions = Array.from(
      { length: RUN_READ_LIMITS.checks + 1 },
      (_, i) => ({ assertion: `check_${i}`, success: i % 2 === 0 }),
    );
    const { runs, problems } = readOpenLineageEvents(
      runEvent({
        inputs: [
          {
            namespace: 'kafka://broker:9092',
            name: 'orders',
            inputFacets: { dataQualityAssertions: { assertions } },
          },
        ],
      }),
    );
    const checked = runs[0].datasets[0];
    expect(checked.keys).toEqual([
      'openlineage:kafka://broker:9092/orders',
      'topic:orders',
    ]);
    expect(checked.checks).toHaveLength(RUN_READ_LIMITS.checks);
    expect(messages(problems)).toEqual([
      `inputs[0].inputFacets.dataQualityAssertions.assertions[${RUN_READ_LIMITS.checks}]: more than ${RUN_READ_LIMITS.checks} checks in one read; this one and the rest were not kept`,
    ]);
  });
});
