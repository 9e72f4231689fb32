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
import { readOpenLineageEvents } from '@meshwork/plugin-data-products-common';
import { dataProductFactSourcesExtensionPoint } from '@meshwork/plugin-data-products-node';

/**
 * Where OpenLineage's HTTP transport posts, under `/api/data-products`. Its
 * default endpoint is `api/v1/lineage` (Python `HttpConfig.endpoint`, Java
 * `HttpTransport`), one RunEvent per request; the official clients have no
 * batch endpoint, so an array of events is taken at the same path.
 * @public
 */
export const OPENLINEAGE_TRANSPORT_PATH = '/openlineage/api/v1/lineage';

/**
 * Makes OpenLineage events count: a transport pointed at
 * `<backend>/api/data-products/openlineage/` posts RunEvents to
 * `/api/data-products/openlineage/api/v1/lineage`, singly or as an array;
 * `POST /api/data-products/runs/openlineage` takes the same.
 * @public
 */
export const dataProductsModuleOpenLineage = createBackendModule({
  pluginId: 'data-products',
  moduleId: 'openlineage',
  register(env) {
    env.registerInit({
      deps: { factSources: dataProductFactSourcesExtensionPoint },
      async init({ factSources }) {
        factSources.addFactSource({
          tool: 'openlineage',
          read: readOpenLineageEvents,
          paths: [OPENLINEAGE_TRANSPORT_PATH],
        });
      },
    });
  },
});
