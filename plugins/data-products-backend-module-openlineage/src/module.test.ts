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
import { dataProductsModuleOpenLineage } from './module';

/** Real OpenLineage events, byte-exact (see the fixtures' README there). */
const events = (file: string) =>
  fs.readFileSync(
    path.resolve(
      __dirname,
      '../../data-products-common/src/runs/__fixtures__/openlineage/events',
      file,
    ),
    'utf8',
  );
const customers = parse(
  fs.readFileSync(
    path.join(__dirname, '__fixtures__/catalog-info.yaml'),
    'utf8',
  ),
);

describe('dataProductsModuleOpenLineage', () => {
  let backend: string;
  /** As the HTTP transport posts: JSON text and `Authorization: Bearer <apiKey>`. */
  const emit = async (url: string, text: string) => {
    const response = await fetch(url, {
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
        dataProductsModuleOpenLineage,
        catalogServiceMock.factory({ entities: [customers] }),
        mockServices.database.factory(),
        mockServices.scheduler.mock().factory,
      ],
    });
    backend = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  it("takes the events of dbt-ol test at the transport's default endpoint, and scores the port with the latest assertions", async () => {
    // url <backend>/api/data-products/openlineage/ + endpoint api/v1/lineage
    const posted = await emit(
      `${backend}/api/data-products/openlineage/api/v1/lineage`,
      events('dbt-ol-postgres-test-events.fixture.json'),
    );
    expect(posted.status).toBe(201);
    expect(posted.body.products).toEqual(['dataproduct:default/customers']);
    const { results } = await fetch(
      `${backend}/api/data-products/scorecards/dataproduct/default/customers`,
      { headers: { Authorization: mockCredentials.user.header() } },
    ).then(r => r.json());
    // The accepted_values test failed once; the latest test of customers passed.
    expect(
      results.find(
        (r: { ruleId: string }) => r.ruleId === 'quality-checks-pass',
      ),
    ).toMatchObject({ state: 'pass' });
  });

  it('takes a single RunEvent at /runs/openlineage too, and refuses an event without a run with a 400 that says so', async () => {
    const single = await emit(
      `${backend}/api/data-products/runs/openlineage`,
      events('airflow-1.14.0-BQ.upload-COMPLETE.json'),
    );
    expect(single).toMatchObject({ status: 201, body: { runs: 1 } });
    const refused = await emit(
      `${backend}/api/data-products/openlineage/api/v1/lineage`,
      '{}',
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(
      'Nothing could be read: (document): found a JobEvent, which has no run; expected a RunEvent (only runs are read)',
    );
  });
});
