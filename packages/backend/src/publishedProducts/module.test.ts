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

import { createBackendPlugin } from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleUnprocessedEntities from '@backstage/plugin-catalog-backend-module-unprocessed';
import catalogModuleDataProducts from '@meshwork/plugin-catalog-backend-module-data-products';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { stringify } from 'yaml';
import { exampleCatalogConfig } from '../__testUtils__/exampleCatalog';
import { until } from '../__testUtils__/until';
import { catalogModuleMeshworkPublishedProducts } from './module';
import {
  type PublishedProductsRefreshService,
  publishedProductsRefreshServiceRef,
} from './publishedProductsRefresh';

// The published folder in a real catalog: what is there when the backend
// starts is in the catalog without anyone registering it (the example app's
// catalog is in memory, so that is what a restart looks like), and nothing
// in the folder leads the catalog to read a file outside it.

jest.setTimeout(120_000);

const product = (name: string) => ({
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: { name, title: `Restored ${name}` },
  spec: {
    owner: 'group:sales-data',
    domain: 'domain:sales',
    status: 'draft',
    type: 'aggregate',
    version: '0.1.0',
    purpose: 'Show that a published product outlives a restart.',
  },
});

describe('the published folder in the catalog', () => {
  const mockDir = createMockDirectory();
  const outside = mockDir.resolve('outside/catalog-info.yaml');
  let baseUrl: string;
  // What the scaffolder's action calls after publishing.
  let publishedProducts: PublishedProductsRefreshService;
  const scaffolderStandIn = createBackendPlugin({
    pluginId: 'scaffolder-stand-in',
    register(reg) {
      reg.registerInit({
        deps: { refresh: publishedProductsRefreshServiceRef },
        async init({ refresh }) {
          publishedProducts = refresh;
        },
      });
    },
  });

  async function get(route: string) {
    const response = await fetch(`${baseUrl}/api/catalog${route}`, {
      headers: { Authorization: mockCredentials.user.header() },
    });
    return { status: response.status, body: await response.json() };
  }
  const productStatus = async (name: string) =>
    (await get(`/entities/by-name/dataproduct/default/${name}`)).status;

  beforeAll(async () => {
    mockDir.setContent({
      // A valid product outside the folder, which must never come in.
      'outside/catalog-info.yaml': stringify(product('outside-secret')),
      'published/orders-copy/catalog-info.yaml': stringify(
        product('orders-copy'),
      ),
      // Edited by hand on the host: a Location leading out of the folder.
      'published/escape/catalog-info.yaml': [
        product('escape-host'),
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Location',
          metadata: { name: 'escape-attempt' },
          spec: { type: 'file', targets: [outside, '../../outside/*.yaml'] },
        },
      ]
        .map(d => stringify(d))
        .join('---\n'),
    });
    fs.symlinkSync(
      mockDir.resolve('outside'),
      mockDir.resolve('published/linked'),
    );

    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleDataProducts,
        catalogModuleUnprocessedEntities,
        catalogModuleMeshworkPublishedProducts,
        scaffolderStandIn,
        mockServices.rootConfig.factory({
          data: {
            catalog: exampleCatalogConfig(),
            meshwork: {
              localPublish: { directory: mockDir.resolve('published') },
            },
          },
        }),
      ],
    });
    baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
  });

  it('has the products published before the backend started', async () => {
    const found = await until('the product in the catalog', async () => {
      const { status, body } = await get(
        '/entities/by-name/dataproduct/default/orders-copy',
      );
      return status === 200 ? body : undefined;
    });
    expect(found).toMatchObject({
      metadata: { name: 'orders-copy', title: 'Restored orders-copy' },
    });
  });

  it('never reads a file outside the folder, whatever a file in it says', async () => {
    const refusal = await until('the escaping Location refused', async () => {
      const [{ body: pending }, { body: failed }] = await Promise.all([
        get('/entities/unprocessed/pending'),
        get('/entities/unprocessed/failed'),
      ]);
      const escape = [...pending.entities, ...failed.entities].find(
        (e: any) => e.unprocessed_entity.metadata.name === 'escape-attempt',
      );
      return escape?.errors?.length ? escape.errors : undefined;
    });
    expect(JSON.stringify(refusal)).toContain(
      "may only point at a published product's catalog-info.yaml there",
    );
    // The product beside it came in; the one it pointed at never did, and
    // neither did the one behind the linked folder.
    expect(await productStatus('escape-host')).toBe(200);
    expect(await productStatus('outside-secret')).toBe(404);
  });

  it('takes in a newly published product, and lets go of a deleted one, at the next read', async () => {
    await until('orders-copy in the catalog', async () =>
      (await productStatus('orders-copy')) === 200 ? true : undefined,
    );
    fs.rmSync(mockDir.resolve('published/orders-copy'), { recursive: true });
    mockDir.addContent({
      'published/returns/catalog-info.yaml': stringify(product('returns')),
    });
    // The scheduled read, or the one the template asks for after publishing.
    await publishedProducts.refresh();

    await until('returns in, orders-copy out', async () => {
      const [returns, ordersCopy] = await Promise.all([
        productStatus('returns'),
        productStatus('orders-copy'),
      ]);
      return returns === 200 && ordersCopy === 404 ? true : undefined;
    });
    expect(await productStatus('orders-copy')).toBe(404);
  });
});
