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
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { localPublishRoot } from './localPublishDirectory';
import { createPublishLocalAction } from './publishLocalAction';
import { createRegisterLocalAction } from './registerLocalAction';
import { registerPublishedProducts } from './registerPublishedProducts';

/**
 * The example app's publish target for the "New data product" template:
 * `meshwork:publish:local` and `meshwork:register:local`, writing under
 * `meshwork.localPublish.directory`. Needs `catalogModuleMeshworkFileLocations`
 * too, since the catalog accepts only `url` locations by default. Once the
 * backend has started, it registers again the products published earlier
 * that the catalog lost (the example app's catalog is in memory).
 */
export const scaffolderModuleMeshworkLocalPublish = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'meshwork-local-publish',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
        scaffolder: scaffolderActionsExtensionPoint,
        auth: coreServices.auth,
        logger: coreServices.logger,
        rootLifecycle: coreServices.rootLifecycle,
      },
      async init({ config, catalog, scaffolder, auth, logger, rootLifecycle }) {
        const rootDirectory = localPublishRoot(config);
        scaffolder.addActions(
          createPublishLocalAction({ rootDirectory }),
          createRegisterLocalAction({ catalog, rootDirectory }),
        );
        // After every plugin has started, so the catalog answers; not
        // awaited, so a slow catalog does not hold the backend's start.
        rootLifecycle.addStartupHook(() => {
          registerPublishedProducts({ catalog, auth, logger, rootDirectory })
            .then(targets => {
              if (targets.length > 0) {
                logger.info(
                  `Registered ${targets.length} data products published earlier under ${rootDirectory}`,
                );
              }
            })
            .catch(error =>
              logger.error(
                `Could not register the products published under ${rootDirectory}: ${error}`,
              ),
            );
        });
      },
    });
  },
});
