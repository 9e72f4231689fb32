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
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { DataProductCollatorFactory } from './collator/DataProductCollatorFactory';
import { readCollatorSettings } from './config';

/**
 * Indexes data products for Backstage search, with their domain, owner,
 * level and tags (document type `data-product`).
 * @public
 */
export const searchModuleDataProductsCollator = createBackendModule({
  pluginId: 'search',
  moduleId: 'data-products-collator',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init(deps) {
        const { config, scheduler, indexRegistry } = deps;
        const settings = readCollatorSettings(config);
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(settings.schedule),
          factory: new DataProductCollatorFactory({
            discovery: deps.discovery,
            auth: deps.auth,
            catalog: deps.catalog,
            logger: deps.logger,
            batchSize: settings.batchSize,
          }),
        });
      },
    });
  },
});
