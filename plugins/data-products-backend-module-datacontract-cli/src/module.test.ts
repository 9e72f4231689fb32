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
import { dataProductsModuleDatacontractCli } from './module';

/**
 * The `Run` that datacontract-cli's docs publish, taken from the page kept
 * byte-exact in data-products-common's fixtures (see the README there).
 */
const docsRun = (() => {
  const page = fs.readFileSync(
    path.resolve(
      __dirname,
      '../../data-products-common/src/runs/__fixtures__/datacontract-cli/docs-scheduling-airflow.md',
    ),
    'utf8',
  );
  return /^```json\n([\s\S]*?)^```$/m.exec(page)![1];
})();
const orders = parse(
  fs.readFileSync(
    path.join(__dirname, '__fixtures__/catalog-info.yaml'),
    'utf8',
  ),
);

describe('dataProductsModuleDatacontractCli', () => {
  let url: string;
  /** As `datacontract test --publish <url>` posts: the Run, its key in x-api-key. */
  const publish = async (text: string, headers: Record<string, string>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: text,
    });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    const { server } = await startTestBackend({
      features: [
        dataProductsPlugin,
        dataProductsModuleDatacontractCli,
        catalogServiceMock.factory({ entities: [orders] }),
        mockServices.database.factory(),
        mockServices.scheduler.mock().factory,
        // As in a portal: a request without a token has no credentials.
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    });
    const { port } = server.address() as AddressInfo;
    url = `http://127.0.0.1:${port}/api/data-products/runs/datacontract-cli`;
  });

  it('takes what --publish sends, answers the 200 the CLI counts as published, and scores the port tied to the contract: its one check passed', async () => {
    const published = await publish(docsRun, {
      'x-api-key': mockCredentials.service.token(),
    });
    expect(published.status).toBe(200);
    expect(published.body.products).toEqual(['dataproduct:default/orders']);
    const { results } = await fetch(
      url.replace(
        '/runs/datacontract-cli',
        '/scorecards/dataproduct/default/orders',
      ),
      { headers: { Authorization: mockCredentials.user.header() } },
    ).then(r => r.json());
    expect(
      results.find(
        (r: { ruleId: string }) => r.ruleId === 'quality-checks-pass',
      ),
    ).toMatchObject({ state: 'pass' });
  });

  it('still needs a valid token, and answers a Bearer caller as the route does', async () => {
    expect((await publish(docsRun, {})).status).toBe(401);
    expect(
      (await publish(docsRun, { 'x-api-key': 'not-a-token' })).status,
    ).toBe(401);
    const asBearer = await publish(docsRun, {
      Authorization: mockCredentials.service.header(),
    });
    expect(asBearer.status).toBe(201);
  });

  it('refuses what is not a Run with a 400 that says what it expected', async () => {
    const refused = await publish('[]', {
      'x-api-key': mockCredentials.service.token(),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(
      "Nothing could be read: (document): found a list, expected datacontract-cli's test run (runId, dataContractId, result, checks)",
    );
  });
});
