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
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { DataProductsPermissionPolicy } from './DataProductsPermissionPolicy';
import { permissionModuleDataProducts } from './module';

describe('permissionModuleDataProducts', () => {
  it('sets the data-products policy as the permission backend’s policy', async () => {
    const setPolicy = jest.fn();
    await startTestBackend({
      extensionPoints: [[policyExtensionPoint, { setPolicy }]],
      features: [permissionModuleDataProducts, catalogServiceMock.factory()],
    });

    expect(setPolicy).toHaveBeenCalledTimes(1);
    expect(setPolicy.mock.calls[0][0]).toBeInstanceOf(
      DataProductsPermissionPolicy,
    );
  });

  it('refuses to start with a wrong group ref, naming the key', async () => {
    await expect(
      startTestBackend({
        extensionPoints: [[policyExtensionPoint, { setPolicy: jest.fn() }]],
        features: [
          permissionModuleDataProducts,
          catalogServiceMock.factory(),
          mockServices.rootConfig.factory({
            data: {
              dataProducts: {
                permissions: { policy: { governanceGroups: ['group:'] } },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      'dataProducts.permissions.policy.governanceGroups[0]: expected an entity ref',
    );
  });
});
