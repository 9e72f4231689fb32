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
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { DatabaseScorecardStore } from './database/DatabaseScorecardStore';
import { createRouter } from './router';
import { activeRules } from './service/activeRules';
import { ScorecardEvaluator } from './service/ScorecardEvaluator';

/**
 * Meshwork's scorecard backend: evaluates every data product on a schedule
 * and serves the results under /api/data-products.
 * @public
 */
export const dataProductsPlugin = createBackendPlugin({
  pluginId: 'data-products',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        database,
        scheduler,
        auth,
        httpAuth,
        httpRouter,
        catalog,
      }) {
        const rules = activeRules(config);
        const store = await DatabaseScorecardStore.create({ database });
        const evaluator = ScorecardEvaluator.create({
          catalog,
          auth,
          store,
          logger,
          rules,
        });
        const schedule = config.has('dataProducts.scorecard.schedule')
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig('dataProducts.scorecard.schedule'),
            )
          : {
              frequency: { minutes: 10 },
              timeout: { minutes: 5 },
              initialDelay: { seconds: 20 },
            };
        // A scheduled task runs on one replica at a time across the cluster.
        await scheduler.scheduleTask({
          id: 'data-products-evaluate',
          ...schedule,
          fn: async () => {
            await evaluator.evaluateAll();
          },
        });
        httpRouter.use(await createRouter({ httpAuth, store, rules }));
      },
    });
  },
});
