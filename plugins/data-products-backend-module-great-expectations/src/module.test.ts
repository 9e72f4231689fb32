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
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// The test starts the real plugin this module extends (a dev dependency only).
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import dataProductsPlugin from '@meshwork/plugin-data-products-backend';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';
import { dataProductsModuleGreatExpectations } from './module';

/** A real GX 1.10 CheckpointResult of a failing run, byte-exact (see the fixtures' README there). */
const checkpointResult = fs.readFileSync(
  path.resolve(
    __dirname,
    '../../data-products-common/src/runs/__fixtures__/great-expectations/gx1.10.0-CheckpointResult-failure.correlator-serialization.json',
  ),
  'utf8',
);
const taxiTrips = parse(
  fs.readFileSync(
    path.join(__dirname, '__fixtures__/catalog-info.yaml'),
    'utf8',
  ),
);

describe('dataProductsModuleGreatExpectations', () => {
  let api: string;
  /** As a checkpoint action or curl posts the result file: its text, a service token. */
  const postResult = async (text: string) => {
    const response = await fetch(`${api}/runs/great-expectations`, {
      method: 'POST',
      headers: {
        Authorization: mockCredentials.service.header(),
        'Content-Type': 'application/json',
      },
      body: text,
    });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    const { server } = await startTestBackend({
      features: [
        dataProductsPlugin,
        dataProductsModuleGreatExpectations,
        catalogServiceMock.factory({ entities: [taxiTrips] }),
        mockServices.database.factory(),
        mockServices.scheduler.mock().factory,
      ],
    });
    api = `http://127.0.0.1:${
      (server.address() as AddressInfo).port
    }/api/data-products`;
  });

  it('places a checkpoint result on the port tied to its suite, and names the failed expectations', async () => {
    const posted = await postResult(checkpointResult);
    expect(posted.status).toBe(201);
    expect(posted.body.products).toEqual(['dataproduct:default/taxi-trips']);
    const { results } = await fetch(
      `${api}/scorecards/dataproduct/default/taxi-trips`,
      { headers: { Authorization: mockCredentials.user.header() } },
    ).then(r => r.json());
    expect(
      results.find(
        (r: { ruleId: string }) => r.ruleId === 'quality-checks-pass',
      ),
    ).toMatchObject({
      state: 'fail',
      message:
        'The latest data-quality run from great-expectations failure_checkpoint 2026-01-20 12:57 passed 0% of checks: 6 of 6 failed: expect_column_values_to_not_be_null on vendor_id, expect_column_values_to_be_in_set on vendor_id, expect_column_values_to_not_be_null on passenger_count, expect_column_values_to_be_between on passenger_count, expect_column_values_to_be_between on fare_amount, …; 95% are needed.',
    });
  });

  it('refuses what is not a GX result with a 400 that says what it expected', async () => {
    const refused = await postResult('{"success": "maybe"}');
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(
      'Nothing could be read: (document): found a map of fields, expected a GX validation result (results), checkpoint result (run_results) or its describe() (validation_results)',
    );
  });
});
