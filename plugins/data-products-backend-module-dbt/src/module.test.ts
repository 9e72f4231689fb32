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
import { dataProductsModuleDbt } from './module';

/** A real dbt 0.21 `dbt test` on BigQuery, byte-exact (see the fixtures' README there). */
const artifacts = path.resolve(
  __dirname,
  '../../data-products-common/src/runs/__fixtures__/dbt/artifacts/bigquery-dbt0.21-test-failures',
);
const artifact = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(artifacts, file), 'utf8'));
const firstModel = parse(
  fs.readFileSync(
    path.join(__dirname, '__fixtures__/catalog-info.yaml'),
    'utf8',
  ),
);

describe('dataProductsModuleDbt', () => {
  let api: string;
  /** As a CI step posts: a service token, the artifacts as JSON (or text as it is). */
  const postRun = async (body: unknown) => {
    const response = await fetch(`${api}/runs/dbt`, {
      method: 'POST',
      headers: {
        Authorization: mockCredentials.service.header(),
        'Content-Type': 'application/json',
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    const { server } = await startTestBackend({
      features: [
        dataProductsPlugin,
        dataProductsModuleDbt,
        catalogServiceMock.factory({ entities: [firstModel] }),
        mockServices.database.factory(),
        mockServices.scheduler.mock().factory,
      ],
    });
    const { port } = server.address() as AddressInfo;
    api = `http://127.0.0.1:${port}/api/data-products`;
  });

  it("takes a CI step's run_results.json and manifest.json, and names the failed tests on the product's scorecard", async () => {
    const posted = await postRun({
      runResults: artifact('run_results.json'),
      manifest: artifact('manifest.json'),
    });
    expect(posted.status).toBe(201);
    expect(posted.body.products).toEqual(['dataproduct:default/first-model']);
    const scorecard = await fetch(
      `${api}/scorecards/dataproduct/default/first-model`,
      { headers: { Authorization: mockCredentials.user.header() } },
    ).then(r => r.json());
    const quality = scorecard.results.find(
      (result: { ruleId: string }) => result.ruleId === 'quality-checks-pass',
    );
    expect(quality.state).toBe('fail');
    // The run, when it finished, and the 3 of its 5 tests of this model that failed.
    expect(quality.message).toMatch(
      /^The latest data-quality run from dbt (dbt )?test 2021-08-23 15:06 passed 40% of checks: 3 of 5 failed: dbt_expectations_expect_column_quantile_values_to_be_between_test_first_dbt_model_id__2__0__0_95, dbt_expectations_expect_column_median_to_be_between_test_first_dbt_model_id__21__7, unique_test_first_dbt_model_id; 95% are needed\.$/,
    );
  });

  it('refuses a body without run_results.json or sources.json, or truncated, with a 400 that says so', async () => {
    const refused = await postRun({ manifest: artifact('manifest.json') });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(
      'Nothing could be read: (document): found only manifest.json, which says what a project has, not how a run went; expected run_results.json or sources.json with it',
    );
    const truncated = await postRun('{"runResults": {');
    expect(truncated.status).toBe(400);
    expect(truncated.body.error.message).toMatch(/JSON at position 16/);
  });
});
