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

import { createBackendModule } from '@backstage/backend-plugin-api';
import { readGreatExpectationsResult } from '@meshwork/plugin-data-products-common';
import { dataProductFactSourcesExtensionPoint } from '@meshwork/plugin-data-products-node';

/**
 * Makes Great Expectations' results count:
 * `POST /api/data-products/runs/great-expectations` takes a validation result
 * or a checkpoint result as GX serialises it (0.x and 1.x).
 * @public
 */
export const dataProductsModuleGreatExpectations = createBackendModule({
  pluginId: 'data-products',
  moduleId: 'great-expectations',
  register(env) {
    env.registerInit({
      deps: { factSources: dataProductFactSourcesExtensionPoint },
      async init({ factSources }) {
        factSources.addFactSource({
          tool: 'great-expectations',
          read: readGreatExpectationsResult,
        });
      },
    });
  },
});
