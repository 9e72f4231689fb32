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
import {
  readDbtArtifacts,
  type DbtArtifacts,
} from '@meshwork/plugin-data-products-common';
import { dataProductFactSourcesExtensionPoint } from '@meshwork/plugin-data-products-node';

/**
 * Makes dbt's results count: `POST /api/data-products/runs/dbt` takes
 * `{ runResults, manifest, sources }`, the contents of `target/run_results.json`,
 * `target/manifest.json` and `target/sources.json` (any of them; the
 * manifest ties tests to the models and sources they test).
 * @public
 */
export const dataProductsModuleDbt = createBackendModule({
  pluginId: 'data-products',
  moduleId: 'dbt',
  register(env) {
    env.registerInit({
      deps: { factSources: dataProductFactSourcesExtensionPoint },
      async init({ factSources }) {
        factSources.addFactSource({
          tool: 'dbt',
          // The reader checks the shape itself and names what is missing.
          read: body => readDbtArtifacts(body as DbtArtifacts),
        });
      },
    });
  },
});
