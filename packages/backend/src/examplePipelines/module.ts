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
  type AuthService,
  type DiscoveryService,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import {
  catalogServiceRef,
  type CatalogService,
} from '@backstage/plugin-catalog-node';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { readExampleRuns } from './exampleRuns';
import { replayedAt } from './replay';

/** Until the catalog holds this many data products twice in a row, 5 s apart, it is still loading. */
async function catalogSettled(
  catalog: CatalogService,
  auth: AuthService,
  signal?: AbortSignal,
) {
  const credentials = await auth.getOwnServiceCredentials();
  let last = -1;
  for (let i = 0; i < 24 && !signal?.aborted; i++) {
    const { totalItems } = await catalog.queryEntities(
      { filter: { kind: 'DataProduct' }, limit: 1, fields: ['kind'] },
      { credentials },
    );
    if (totalItems > 0 && totalItems === last) return;
    last = totalItems;
    await sleep(5_000);
  }
}

/** Posts each example run to its fact source's route, as a pipeline's CI step would. */
async function postRuns(options: {
  folder: string;
  discovery: DiscoveryService;
  auth: AuthService;
  logger: LoggerService;
}) {
  const { discovery, auth, logger } = options;
  const baseUrl = await discovery.getBaseUrl('data-products');
  // as if each had finished two minutes ago
  const endedAt = new Date(Date.now() - 2 * 60_000);
  for (const run of readExampleRuns(options.folder)) {
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'data-products',
    });
    const response = await fetch(`${baseUrl}/runs/${run.tool}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(replayedAt(run.body, endedAt)),
    });
    const answer = await response.json().catch(() => undefined);
    if (!response.ok) {
      logger.warn(
        `Example run ${run.name} refused: ${response.status} ${
          answer?.error?.message ?? response.statusText
        }`,
      );
      continue;
    }
    logger.info(
      `Example run ${run.name}: ${answer.facts} facts on ${
        answer.products.join(', ') || 'no product'
      }; ${answer.unplaced.total} datasets unplaced`,
    );
  }
}

/**
 * The example mesh's pipelines, for `npm start`: the dbt and OpenLineage
 * output under `meshwork.examplePipelines.folder` (examples/runs) is posted
 * to the data-products fact sources once the catalog has loaded, and again
 * every 30 minutes, its times moved to the present so that freshness holds.
 * Without the config key the module does nothing; a real portal's pipelines
 * post their own runs.
 */
export const dataProductsModuleExamplePipelines = createBackendModule({
  pluginId: 'data-products',
  moduleId: 'example-pipelines',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
      },
      async init({ config, logger, scheduler, discovery, auth, catalog }) {
        const folder = config.getOptionalString(
          'meshwork.examplePipelines.folder',
        );
        if (!folder) return;
        await scheduler.scheduleTask({
          id: 'meshwork-example-pipelines',
          frequency: { minutes: 30 },
          timeout: { minutes: 5 },
          initialDelay: { seconds: 10 },
          fn: async signal => {
            await catalogSettled(catalog, auth, signal);
            await postRuns({
              folder: path.resolve(folder),
              discovery,
              auth,
              logger,
            });
          },
        });
      },
    });
  },
});
