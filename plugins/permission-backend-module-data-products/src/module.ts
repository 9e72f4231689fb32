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
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { DataProductsPermissionPolicy } from './DataProductsPermissionPolicy';

/**
 * Installs {@link DataProductsPermissionPolicy}, configured by
 * `dataProducts.permissions.policy`, as the permission backend's policy.
 * @public
 */
export const permissionModuleDataProducts = createBackendModule({
  pluginId: 'permission',
  moduleId: 'data-products',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        userInfo: coreServices.userInfo,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init({ policy, config, userInfo, catalog, auth }) {
        policy.setPolicy(
          DataProductsPermissionPolicy.fromConfig(config, {
            userInfo,
            catalog,
            auth,
          }),
        );
      },
    });
  },
});
