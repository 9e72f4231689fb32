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
import { GeneratedMeshProvider } from './GeneratedMeshProvider';

/** Where the scale benchmark tells a replica to load the generated mesh from. */
export const GENERATED_MESH_CONFIG = 'meshworkBench.generatedMesh';

/**
 * Adds {@link GeneratedMeshProvider} to the catalog when
 * `meshworkBench.generatedMesh` names its files. Benchmark code: it is never
 * part of the portal's backend.
 */
export const catalogModuleGeneratedMesh = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'meshwork-bench-generated-mesh',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
        scheduler: coreServices.scheduler,
        catalog: catalogProcessingExtensionPoint,
      },
      async init({ config, logger, lifecycle, scheduler, catalog }) {
        const files = config.getOptionalConfig(GENERATED_MESH_CONFIG);
        if (!files) return;
        const provider = new GeneratedMeshProvider(
          {
            entitiesFile: files.getString('entitiesFile'),
            editsFile: files.getString('editsFile'),
          },
          // Once, as soon as a replica starts; not again within any run.
          scheduler.createScheduledTaskRunner({
            frequency: { hours: 24 },
            timeout: { hours: 2 },
            initialDelay: { seconds: 0 },
          }),
          logger,
        );
        catalog.addEntityProvider(provider);
        lifecycle.addShutdownHook(() => provider.close());
      },
    });
  },
});
