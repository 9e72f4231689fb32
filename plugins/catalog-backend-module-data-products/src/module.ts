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
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { CatalogChangesProcessor } from './changes/CatalogChangesProcessor';
import { ChangedEntitiesPublisher } from './changes/ChangedEntitiesPublisher';
import { DataProductEntitiesProcessor } from './processor/DataProductEntitiesProcessor';

/**
 * Teaches the catalog the `DataProduct` kind, and tells the scorecard which
 * of the entities it reads the catalog's processing found changed.
 * @public
 */
export const catalogModuleDataProducts = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'data-products',
  register(env) {
    env.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        events: eventsServiceRef,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
      },
      async init({ catalog, events, logger, lifecycle }) {
        catalog.addProcessor(new DataProductEntitiesProcessor());
        const publisher = new ChangedEntitiesPublisher({ events, logger });
        catalog.addProcessor(
          new CatalogChangesProcessor(ref => publisher.add(ref)),
        );
        lifecycle.addShutdownHook(() => publisher.flush());
      },
    });
  },
});
