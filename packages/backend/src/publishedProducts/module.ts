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
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { localPublishRoot } from '../scaffolder/localPublishDirectory';
import { assertPlainFolder } from './publishedFolder';
import { PublishedFolderGuard } from './PublishedFolderGuard';
import { PublishedProductsProvider } from './PublishedProductsProvider';
import { publishedProductsRefreshServiceRef } from './publishedProductsRefresh';

/**
 * The scheduled read only catches what changed in the folder by hand (a
 * product's folder deleted, one copied in): the template asks for a read as
 * soon as it publishes, and the catalog re-reads each product's file on its
 * own processing loop.
 */
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 1 },
  timeout: { minutes: 1 },
};

/**
 * The catalog side of the example app's local publishing: the products that
 * "New data product" published under `meshwork.localPublish.directory` come
 * into the catalog through {@link PublishedProductsProvider}, which reads
 * only that folder. Nobody registers a `file` location for them, so the
 * catalog's locations API keeps refusing `file` locations.
 */
export const catalogModuleMeshworkPublishedProducts = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'meshwork-published-products',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        catalog: catalogProcessingExtensionPoint,
        refreshService: publishedProductsRefreshServiceRef,
      },
      async init({ config, logger, scheduler, catalog, refreshService }) {
        const rootDirectory = localPublishRoot(config);
        assertPlainFolder(rootDirectory);
        const scheduleKey = 'meshwork.localPublish.schedule';
        const schedule = config.has(scheduleKey)
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig(scheduleKey),
            )
          : DEFAULT_SCHEDULE;
        const provider = new PublishedProductsProvider({
          rootDirectory,
          logger,
          taskRunner: scheduler.createScheduledTaskRunner(schedule),
        });
        catalog.addEntityProvider(provider);
        catalog.addProcessor(new PublishedFolderGuard(rootDirectory));
        refreshService.setRefresher(() => provider.refresh());
      },
    });
  },
});
