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

import { readJsonBlock } from '../__fixtures__/readFixture';
import { messages, seen } from '../__testUtils__/runViews';
import { RUN_READ_LIMITS } from '../readContext';
import { readDatacontractRun } from './readDatacontractRun';

/** The `Run` the datacontract-cli docs publish, as `datacontract test --output-format json` writes it. */
const docsRun = () =>
  readJsonBlock('datacontract-cli/docs-scheduling-airflow.md') as any;

/** Checks as the ibis engine writes them (datacontract/engines/ibis), for what the docs example lacks. */
const failedChecks = [
  {
    type: 'field_required',
    name: 'Check that field customer_id has no missing values',
    model: 'orders',
    field: 'customer_id',
    result: 'failed',
    reason: 'Actual missing_count(customer_id) was 12, expected = 0',
    diagnostics: { metric: 'missing_count', value: 12, row_count: 4000 },
  },
  {
    type: 'freshness',
    name: 'Freshness of orders',
    model: 'orders',
    result: 'warning',
    qualityId: 'orders-fresh',
    quality_id: 'orders-fresh',
    reason: 'Freshness is 90000s, which exceeds the threshold of 86400s',
    diagnostics: {
      metric: 'freshness',
      latest_timestamp: '2026-08-01T01:00:00+00:00',
    },
  },
  {
    type: 'general',
    name: 'Data Contract Tests',
    result: 'error',
    reason: 'could not connect',
  },
];

describe('readDatacontractRun', () => {
  it('reads the published Run: the contract, its server, when, and its one passing check', () => {
    const { runs, problems } = readDatacontractRun(docsRun());
    expect(problems).toEqual([]);
    expect(runs).toEqual([
      {
        tool: 'datacontract-cli',
        runId: 'da03bc96-...',
        job: 'orders on production',
        finishedAt: '2026-08-02T02:03:05.000Z',
        state: 'complete',
        datasets: [
          {
            label: 'orders',
            keys: ['datacontract:orders'],
            role: 'checked',
            checks: [
              {
                name: 'Check that field order_id has type string',
                status: 'pass',
                kind: 'quality',
              },
            ],
          },
        ],
      },
    ]);
  });

  it('reads failed, warning and error checks, failing rows, freshness, and the port the run names', () => {
    const run = {
      ...docsRun(),
      result: 'error',
      dataProductId: 'Shop.Orders',
      outputPortId: 'orders-v1',
      checks: [...docsRun().checks, ...failedChecks],
    };
    const { runs, problems } = readDatacontractRun(run);
    expect(problems).toEqual([]);
    expect(runs[0].state).toBe('fail');
    expect(seen(runs[0])).toEqual([
      {
        label: 'orders',
        role: 'checked',
        keys: ['datacontract:orders', 'port:shop.orders/orders-v1'],
        passed: 1,
        failing: [
          'fail Check that field customer_id has no missing values: Actual missing_count(customer_id) was 12, expected = 0',
          'warn Freshness of orders: Freshness is 90000s, which exceeds the threshold of 86400s',
          'error Data Contract Tests: could not connect',
        ],
        newestDataAt: '2026-08-01T01:00:00.000Z',
      },
    ]);
    const checks = runs[0].datasets[0].checks;
    expect(checks[1]).toMatchObject({ failures: 12, kind: 'quality' });
    expect(checks[2]).toMatchObject({ kind: 'freshness' });
  });

  it('names what is wrong and still reads the checks that are fine', () => {
    const { runs, problems } = readDatacontractRun({
      ...docsRun(),
      runId: 7,
      timestampEnd: 'soon',
      result: 'constructor',
      checks: [
        'passed',
        { type: 'field_type', name: 'ok', result: 'passed' },
        { type: 'field_unique', result: '__proto__' },
        { type: 'field_unique', field: 'id', result: 'toString' },
      ],
    });
    expect(messages(problems)).toEqual([
      'runId: found 7, expected non-empty text',
      'timestampEnd: found "soon", expected a timestamp in ISO 8601, such as 2026-12-07T02:00:00Z',
      'result: found "constructor", expected one of passed, warning, failed, error, info, skipped, unknown; the run counts as neither passed nor failed',
      'checks[0]: found "passed", expected a check (a map of fields)',
      'checks[2].result: found "__proto__", expected one of passed, warning, failed, error, info, skipped, unknown; the check counts as skipped',
      'checks[3].result: found "toString", expected one of passed, warning, failed, error, info, skipped, unknown; the check counts as skipped',
    ]);
    expect(runs[0]).toMatchObject({
      finishedAt: '2026-08-02T02:00:04.000Z',
      state: 'other',
    });
    expect(runs[0].datasets[0].checks.map(c => [c.name, c.status])).toEqual([
      ['ok', 'pass'],
      ['field_unique', 'skipped'],
      ['field_unique on id', 'skipped'],
    ]);
  });

  it('refuses what is not a Run, and keeps checks up to the limit of a huge one', () => {
    for (const notARun of ['{"runId": ', [docsRun()], null, 42]) {
      const { runs, problems } = readDatacontractRun(notARun);
      expect(runs).toEqual([]);
      expect(messages(problems)[0]).toMatch(
        /^\(document\): found .*, expected datacontract-cli's test run \(runId, dataContractId, result, checks\)$/,
      );
    }
    const check = { type: 'field_type', name: 'x', result: 'passed' };
    const { runs, problems } = readDatacontractRun({
      ...docsRun(),
      checks: new Array(RUN_READ_LIMITS.checks + 1).fill(check),
    });
    expect(runs[0].datasets[0].checks).toHaveLength(RUN_READ_LIMITS.checks);
    expect(messages(problems)).toEqual([
      `checks[${RUN_READ_LIMITS.checks}]: more than ${RUN_READ_LIMITS.checks} checks in one read; this one and the rest were not kept`,
    ]);
  });
});
