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
import { readDatacontractRun } from '@meshwork/plugin-data-products-common';
import { dataProductFactSourcesExtensionPoint } from '@meshwork/plugin-data-products-node';
import { DATACONTRACT_RUNS_PATH, publishedRunsAdapter } from './publishedRuns';

/**
 * Makes datacontract-cli's test runs count:
 * `datacontract test --publish <backend>/api/data-products/runs/datacontract-cli`
 * posts its `Run` there, and so may anyone with a token.
 * @public
 */
export const dataProductsModuleDatacontractCli = createBackendModule({
  pluginId: 'data-products',
  moduleId: 'datacontract-cli',
  register(env) {
    env.registerInit({
      deps: {
        factSources: dataProductFactSourcesExtensionPoint,
        httpRouter: coreServices.httpRouter,
      },
      async init({ factSources, httpRouter }) {
        factSources.addFactSource({
          tool: 'datacontract-cli',
          read: readDatacontractRun,
        });
        // The CLI's key arrives as x-api-key, which the credentials barrier
        // does not read; the runs route itself still refuses a request
        // without a valid token (see publishedRunsAdapter).
        httpRouter.addAuthPolicy({
          path: DATACONTRACT_RUNS_PATH,
          allow: 'unauthenticated',
        });
        httpRouter.use(publishedRunsAdapter());
      },
    });
  },
});
