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
  createBackendModule,
  createServiceFactory,
  type BackendFeature,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  notificationService,
  type NotificationService,
} from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import type { ChangeHistoryStore } from '../database/ChangeHistoryStore';
import type { FactStore } from '../database/FactStore';
import type { ScorecardStore } from '../database/ScorecardStore';
import type { WaiverStore } from '../database/WaiverStore';
import { dataProductsPlugin } from '../plugin';
import { scorecardEvaluatorServiceRef } from '../services/scorecardServiceRefs';
import {
  changeHistoryStoreServiceRef,
  factStoreServiceRef,
  scorecardStoreServiceRef,
  waiverStoreServiceRef,
} from '../services/storeServiceRefs';
import type { ScorecardEvaluator } from '../service/ScorecardEvaluator';

/** The plugin's services, as a test reaches them to seed or inspect. */
export interface PluginServices {
  store: ScorecardStore;
  facts: FactStore;
  waivers: WaiverStore;
  changes: ChangeHistoryStore;
  evaluator: ScorecardEvaluator;
}

/**
 * The data-products plugin in a test backend, wired as in a portal from its
 * service refs, with its database on `knex` and no scheduled task running:
 * the test decides when products are scored. `features` add or override
 * services (the catalog at least); notifications go to `notifications`, or
 * nowhere.
 */
export async function startPluginBackend(options: {
  knex: Knex;
  features: BackendFeature[];
  notifications?: NotificationService;
}) {
  const services = {} as PluginServices;
  const backend = await startTestBackend({
    features: [
      dataProductsPlugin,
      servicesModule(services),
      mockServices.scheduler.mock().factory,
      mockServices.database.factory({ knex: options.knex }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => options.notifications ?? { send: async () => {} },
      }),
      ...options.features,
    ],
  });
  return { backend, services };
}

/** A module of the plugin that hands the test the services the plugin runs on. */
function servicesModule(services: PluginServices) {
  return createBackendModule({
    pluginId: 'data-products',
    moduleId: 'test-services',
    register(env) {
      env.registerInit({
        deps: {
          store: scorecardStoreServiceRef,
          facts: factStoreServiceRef,
          waivers: waiverStoreServiceRef,
          changes: changeHistoryStoreServiceRef,
          evaluator: scorecardEvaluatorServiceRef,
        },
        async init(deps) {
          Object.assign(services, deps);
        },
      });
    },
  });
}
