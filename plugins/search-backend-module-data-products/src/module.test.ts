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

import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { searchModuleDataProductsCollator } from './module';

describe('searchModuleDataProductsCollator', () => {
  it('registers a data-product collator with search, readable as catalog entities are', async () => {
    const indexRegistry = { addCollator: jest.fn() };
    await startTestBackend({
      extensionPoints: [[searchIndexRegistryExtensionPoint, indexRegistry]],
      features: [
        searchModuleDataProductsCollator,
        catalogServiceMock.factory(),
      ],
    });

    expect(indexRegistry.addCollator).toHaveBeenCalledTimes(1);
    const { factory, schedule } = indexRegistry.addCollator.mock.calls[0][0];
    expect(factory.type).toBe('data-product');
    expect(factory.visibilityPermission).toMatchObject({
      name: 'catalog.entity.read',
      resourceType: 'catalog-entity',
    });
    expect(schedule).toEqual(
      expect.objectContaining({ run: expect.any(Function) }),
    );
  });

  it('refuses to start with a broken schedule, naming the key', async () => {
    await expect(
      startTestBackend({
        extensionPoints: [
          [searchIndexRegistryExtensionPoint, { addCollator: jest.fn() }],
        ],
        features: [
          searchModuleDataProductsCollator,
          catalogServiceMock.factory(),
          mockServices.rootConfig.factory({
            data: {
              search: {
                collators: {
                  dataProducts: {
                    schedule: { frequency: { minutes: 10 }, timeout: 'soon' },
                  },
                },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      /Invalid schedule at search\.collators\.dataProducts\.schedule/,
    );
  });
});
