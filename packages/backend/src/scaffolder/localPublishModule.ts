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
import { publishedProductsRefreshServiceRef } from '../publishedProducts';
import { localPublishRoot } from './localPublishDirectory';
import { createPublishLocalAction } from './publishLocalAction';
import { createRegisterLocalAction } from './registerLocalAction';

/**
 * The example app's publish target for the "New data product" template:
 * `meshwork:publish:local` writes under `meshwork.localPublish.directory`,
 * `meshwork:register:local` has the catalog pick the product up from there.
 * The catalog reads that folder through `catalogModuleMeshworkPublishedProducts`
 * (publishedProducts/), which also brings the products back after a restart.
 */
export const scaffolderModuleMeshworkLocalPublish = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'meshwork-local-publish',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        scaffolder: scaffolderActionsExtensionPoint,
        publishedProducts: publishedProductsRefreshServiceRef,
      },
      async init({ config, catalog, auth, scaffolder, publishedProducts }) {
        const rootDirectory = localPublishRoot(config);
        scaffolder.addActions(
          createPublishLocalAction({ rootDirectory }),
          createRegisterLocalAction({
            catalog,
            auth,
            publishedProducts,
            rootDirectory,
          }),
        );
      },
    });
  },
});
