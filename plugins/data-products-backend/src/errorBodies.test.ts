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
import type { AddressInfo } from 'node:net';
import { ordersProduct } from './__testUtils__/fixtures';
import { dataProductsPlugin } from './plugin';

// Backstage's error handler (backend-defaults' MiddlewareFactory.error)
// serializes an error with its stack only when NODE_ENV is development;
// our routes answer their own 400s and 429s without one. Checked on a
// failure inside a route (the catalog failing) and on a refused document.
describe('error bodies', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  async function postDryRuns(env: string) {
    process.env.NODE_ENV = env;
    const catalog = catalogServiceMock.mock({
      getEntitiesByRefs: async () => {
        throw new Error('the catalog is down');
      },
    });
    const { server } = await startTestBackend({
      features: [
        dataProductsPlugin,
        catalog.factory,
        mockServices.database.factory(),
      ],
    });
    const url = `http://127.0.0.1:${
      (server.address() as AddressInfo).port
    }/api/data-products/evaluate`;
    const post = async (body: unknown) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          Authorization: mockCredentials.user.header(),
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    };
    const failed = await post(ordersProduct);
    const refused = await post({ ...ordersProduct, kind: 'dataproduct' });
    server.close();
    return { failed, refused };
  }

  it('carry no stack trace in production', async () => {
    const { failed, refused } = await postDryRuns('production');
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.text).error.message).toBe('the catalog is down');
    expect(refused.status).toBe(400);
    for (const { text } of [failed, refused]) {
      expect(text).not.toMatch(/"stack"|\n\s+at /);
      expect(text).not.toContain('.ts:');
    }
  });

  it('carry one in development, so the check above can fail', async () => {
    const { failed } = await postDryRuns('development');
    expect(JSON.parse(failed.text).error.stack).toMatch(/at /);
  });
});

describe('a body that is not JSON', () => {
  it('is refused naming the problem, without sending the body back', async () => {
    const { server } = await startTestBackend({
      features: [
        dataProductsPlugin,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.database.factory(),
      ],
    });
    const base = `http://127.0.0.1:${
      (server.address() as AddressInfo).port
    }/api/data-products`;
    const truncated = `{"runs": [{"tool": "dbt", "secret": "${'s'.repeat(200)}`;
    try {
      for (const path of ['/runs', '/facts']) {
        const response = await fetch(`${base}${path}`, {
          method: 'POST',
          headers: {
            Authorization: mockCredentials.service.header(),
            'Content-Type': 'application/json',
          },
          body: truncated,
        });
        const text = await response.text();
        expect({ path, status: response.status }).toEqual({
          path,
          status: 400,
        });
        expect(JSON.parse(text).error.message).toMatch(
          /^The body is not JSON: /,
        );
        expect(text).not.toContain('sssss');
      }
    } finally {
      server.close();
    }
  });
});
