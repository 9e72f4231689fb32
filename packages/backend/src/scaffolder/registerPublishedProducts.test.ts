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
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import catalogModuleDataProducts from '@meshwork/plugin-catalog-backend-module-data-products';
import type { AddressInfo } from 'node:net';
import { stringify } from 'yaml';
import { exampleCatalogConfig } from '../__testUtils__/exampleCatalog';
import { until } from '../__testUtils__/until';
import { catalogModuleMeshworkFileLocations } from './fileLocationsModule';
import { scaffolderModuleMeshworkLocalPublish } from './localPublishModule';
import { registerPublishedProducts } from './registerPublishedProducts';

const product = (name: string) =>
  stringify({
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

describe('registerPublishedProducts', () => {
  const mockDir = createMockDirectory();

  function catalogWith(registered: string[], failOn?: string) {
    return catalogServiceMock.mock({
      getLocations: jest.fn(async () => ({
        items: registered.map((target, i) => ({
          id: `${i}`,
          type: 'file',
          target,
          entityRef: `location:default/generated-${i}`,
        })),
      })),
      addLocation: jest.fn(async ({ target }) => {
        if (target === failOn) throw new Error('the catalog refused it');
        return {
          location: {
            id: 'x',
            type: 'file',
            target,
            entityRef: 'location:default/x',
          },
          entities: [],
        };
      }),
    });
  }

  it('registers the published products the catalog has no location for, and only those', async () => {
    mockDir.setContent({
      'orders-copy/catalog-info.yaml': product('orders-copy'),
      'churn-copy/catalog-info.yaml': product('churn-copy'),
      'half-published/README.md': 'no descriptor here',
    });
    const catalog = catalogWith([
      mockDir.resolve('churn-copy/catalog-info.yaml'),
    ]);
    const registered = await registerPublishedProducts({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      rootDirectory: mockDir.path,
    });
    expect(registered).toEqual([
      mockDir.resolve('orders-copy/catalog-info.yaml'),
    ]);
    expect(catalog.addLocation).toHaveBeenCalledTimes(1);
    expect(catalog.getLocations).toHaveBeenCalledTimes(1);
  });

  it('keeps registering the others when the catalog refuses one, and says which', async () => {
    mockDir.setContent({
      'a/catalog-info.yaml': product('a'),
      'b/catalog-info.yaml': product('b'),
    });
    const refused = mockDir.resolve('a/catalog-info.yaml');
    const catalog = catalogWith([], refused);
    const logger = mockServices.logger.mock();
    const registered = await registerPublishedProducts({
      catalog,
      auth: mockServices.auth(),
      logger,
      rootDirectory: mockDir.path,
    });
    expect(registered).toEqual([mockDir.resolve('b/catalog-info.yaml')]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(`Could not register ${refused} again`),
    );
  });

  it('asks the catalog nothing when nothing was published', async () => {
    const catalog = catalogWith([]);
    const registered = await registerPublishedProducts({
      catalog,
      auth: mockServices.auth(),
      logger: mockServices.logger.mock(),
      rootDirectory: mockDir.resolve('never-created'),
    });
    expect(registered).toEqual([]);
    expect(catalog.getLocations).not.toHaveBeenCalled();
  });
});

describe('a product published before a restart', () => {
  const mockDir = createMockDirectory();
  jest.setTimeout(120_000);

  it('is in the catalog again once the backend has started', async () => {
    mockDir.setContent({
      'published/orders-copy/catalog-info.yaml': product('orders-copy'),
    });
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleDataProducts,
        catalogModuleMeshworkFileLocations,
        scaffolderPlugin,
        scaffolderModuleMeshworkLocalPublish,
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
    const baseUrl = `http://localhost:${
      (server.address() as AddressInfo).port
    }`;
    const found = await until('the product in the catalog', async () => {
      const response = await fetch(
        `${baseUrl}/api/catalog/entities/by-name/dataproduct/default/orders-copy`,
        { headers: { Authorization: mockCredentials.user.header() } },
      );
      return response.ok ? response.json() : undefined;
    });
    expect(found).toMatchObject({
      metadata: { name: 'orders-copy', title: 'Restored orders-copy' },
    });
  });
});
