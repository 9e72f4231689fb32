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
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import {
  dataProductsPermissions,
  ScorecardRule,
} from '@meshwork/plugin-data-products-common';
import {
  dataProductFactSourcesExtensionPoint,
  dataProductScorecardRulesExtensionPoint,
  type DataProductFactSource,
} from '@meshwork/plugin-data-products-node';
import { registerDataProductActions } from './actions/registerDataProductActions';
import { createRouter } from './router';
import {
  dataProductNotifierServiceRef,
  productReadAccessServiceRef,
  runIngestionServiceRef,
  scorecardEvaluatorServiceRef,
  scorecardRulesServiceRef,
} from './services/scorecardServiceRefs';
import {
  changeHistoryStoreServiceRef,
  changeQueueServiceRef,
  factStoreServiceRef,
  scorecardStoreServiceRef,
  unplacedResultStoreServiceRef,
  waiverStoreServiceRef,
} from './services/storeServiceRefs';
import { ChangedProductsWatcher } from './service/ChangedProductsWatcher';
import { queueCatalogChanges } from './service/queueCatalogChanges';
import { readSettings } from './service/settings';
import { retryDuringOutage } from './service/retryDuringOutage';
import { databaseAnswers } from './database/databaseUnavailable';

/**
 * Meshwork's scorecard backend: evaluates every data product on a schedule
 * and serves results, facts and waivers under /api/data-products.
 * @public
 */
export const dataProductsPlugin = createBackendPlugin({
  pluginId: 'data-products',
  register(env) {
    const codeRules: ScorecardRule[] = [];
    env.registerExtensionPoint(dataProductScorecardRulesExtensionPoint, {
      addRules(...rules) {
        codeRules.push(...rules);
      },
    });
    const factSources = new Map<string, DataProductFactSource>();
    env.registerExtensionPoint(dataProductFactSourcesExtensionPoint, {
      addFactSource(source) {
        if (factSources.has(source.tool)) {
          throw new Error(
            `A fact source for ${source.tool} is installed twice; install one module per tool`,
          );
        }
        factSources.set(source.tool, source);
      },
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        events: eventsServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        rules: scorecardRulesServiceRef,
        store: scorecardStoreServiceRef,
        facts: factStoreServiceRef,
        waivers: waiverStoreServiceRef,
        changes: changeHistoryStoreServiceRef,
        changeQueue: changeQueueServiceRef,
        notifier: dataProductNotifierServiceRef,
        evaluator: scorecardEvaluatorServiceRef,
        readAccess: productReadAccessServiceRef,
        unplaced: unplacedResultStoreServiceRef,
        ingestion: runIngestionServiceRef,
      },
      async init(deps) {
        const { config, logger, scheduler, auth, catalog, rules } = deps;
        const { store, facts, waivers, notifier, evaluator, readAccess } = deps;
        const settings = readSettings(config);
        // Throws on a rule id taken twice, and the backend does not start.
        rules.putInForce(codeRules);
        deps.permissionsRegistry.addPermissions(dataProductsPermissions);
        registerDataProductActions({
          actionsRegistry: deps.actionsRegistry,
          ...{ store, catalog, auth, rules, readAccess },
        });

        // A scheduled task runs on one replica at a time across the cluster.
        await scheduler.scheduleTask({
          id: 'data-products-evaluate',
          ...settings.schedule,
          // A database lost mid-run (a restart, a failover): the run starts
          // again once it is back, within the task's timeout.
          fn: signal =>
            retryDuringOutage(
              async () => {
                const now = new Date();
                await evaluator.evaluateAll(now);
                const cutoff = new Date(
                  now.getTime() - settings.factRetentionMs,
                );
                const pruned = await facts.prune(cutoff);
                if (pruned > 0) {
                  logger.info(`Pruned ${pruned} superseded facts`);
                }
                await deps.unplaced.prune(cutoff);
              },
              { logger, what: 'The full evaluation', signal },
            ),
        });
        // The catalog module reports changed entities; the watcher evaluates
        // the products they touch, on one replica at a time.
        await queueCatalogChanges({
          events: deps.events,
          queue: deps.changeQueue,
          logger,
        });
        const watcher = ChangedProductsWatcher.create({
          catalog,
          auth,
          evaluator,
          store,
          queue: deps.changeQueue,
          logger,
        });
        await scheduler.scheduleTask({
          id: 'data-products-evaluate-changed',
          ...settings.changeSchedule,
          fn: async () => {
            await watcher.evaluateChanged();
          },
        });
        // Once per waiver (the log dedupes), so a daily run that repeats is harmless.
        await scheduler.scheduleTask({
          id: 'data-products-waiver-reminders',
          ...settings.notifications.reminderSchedule,
          fn: async () => {
            const now = new Date();
            const sent = await notifier.remindExpiringWaivers(now);
            if (sent > 0) {
              logger.info(`Reminded owners of ${sent} expiring waivers`);
            }
            await notifier.pruneLog(now);
          },
        });
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            logger,
            auth,
            catalog,
            store,
            facts,
            waivers,
            changes: deps.changes,
            evaluator,
            readAccess,
            rules,
            waiverMaxDurationMs: settings.waiverMaxDurationMs,
            databaseAnswers: () => databaseAnswers(deps.database),
            notifier,
            runs: {
              sources: factSources,
              ingestion: deps.ingestion,
              unplaced: deps.unplaced,
              maxBodySize: settings.runsMaxBodySize,
            },
          }),
        );
      },
    });
  },
});
