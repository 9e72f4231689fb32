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
  mockServices,
  startTestBackend,
  mockCredentials,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleDataProducts from '@meshwork/plugin-catalog-backend-module-data-products';
import dataProductsPlugin from '@meshwork/plugin-data-products-backend';
import dbtModule from '@meshwork/plugin-data-products-backend-module-dbt';
import openLineageModule from '@meshwork/plugin-data-products-backend-module-openlineage';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  exampleCatalogConfig,
  examplesDir,
} from '../__testUtils__/exampleCatalog';
import { dataProductsModuleExamplePipelines } from './module';

// What `npm start` shows once the example pipelines have run: products at
// gold because of their dbt runs, one held back by a named failing test, and
// one whose Airflow job reads a product it never declared.

jest.setTimeout(120_000);

describe('the example pipelines', () => {
  let baseUrl: string;
  const scheduler = mockServices.scheduler.mock();

  const scorecard = async (name: string) => {
    const response = await fetch(
      `${baseUrl}/api/data-products/scorecards/dataproduct/default/${name}`,
      { headers: { Authorization: mockCredentials.user.header() } },
    );
    return response.json();
  };
  const result = (card: any, ruleId: string) =>
    card.results.find((r: { ruleId: string }) => r.ruleId === ruleId);

  beforeAll(async () => {
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleDataProducts,
        dataProductsPlugin,
        dbtModule,
        openLineageModule,
        dataProductsModuleExamplePipelines,
        scheduler.factory,
        mockServices.rootConfig.factory({
          data: {
            catalog: exampleCatalogConfig(),
            meshwork: {
              examplePipelines: { folder: path.join(examplesDir, 'runs') },
            },
          },
        }),
      ],
    });
    baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
    const task = scheduler.scheduleTask.mock.calls
      .map(([t]) => t)
      .find(t => t.id === 'meshwork-example-pipelines');
    // The task waits for the catalog to settle, then posts every run.
    await task!.fn(new AbortController().signal);
  });

  it('brings two products to gold with their dbt runs', async () => {
    for (const name of ['orders-daily', 'invoices-ledger']) {
      const card = await scorecard(name);
      expect({ name, level: card.level }).toEqual({ name, level: 'gold' });
      expect(result(card, 'quality-checks-pass').state).toBe('pass');
      expect(result(card, 'fresh-within-sla').state).toBe('pass');
    }
  });

  it('holds the customer master back from gold on its failing test, by name', async () => {
    const card = await scorecard('customers-master');
    expect(card.level).toBe('silver');
    expect(result(card, 'quality-checks-pass').message).toMatch(
      /^The latest data-quality run from dbt build --select customers\+ .* passed 75% of checks: 1 of 4 failed: unique_customers_customer_id; 95% are needed\.$/,
    );
  });

  it('names the product the executive KPI job reads without declaring it', async () => {
    const card = await scorecard('executive-kpis');
    expect(result(card, 'inputs-observed')).toMatchObject({
      state: 'fail',
      message:
        'Reads snowflake://example-prod/SALES.ORDERS_CURATED.ORDERS_DAILY (dataproduct:default/orders-daily) without an input port for it.',
    });
  });
});
