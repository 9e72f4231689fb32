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
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  CatalogPortChangeTracker,
  type PortChangeTracker,
} from '../changes/PortChangeTracker';
import { DataProductNotifier } from '../notifications/DataProductNotifier';
import {
  CatalogProductReadAccess,
  type ProductReadAccess,
} from '../service/ProductReadAccess';
import { ScorecardEvaluator } from '../service/ScorecardEvaluator';
import {
  ConfiguredScorecardRules,
  type ScorecardRulesService,
} from '../service/ScorecardRules';
import { readSettings } from '../service/settings';
import { PortIndex } from '../runs/PortIndex';
import { RunIngestion } from '../runs/RunIngestion';
import {
  changeHistoryStoreServiceRef,
  factStoreServiceRef,
  notificationLogServiceRef,
  scorecardStoreServiceRef,
  unplacedResultStoreServiceRef,
  waiverStoreServiceRef,
} from './storeServiceRefs';

/** The rules in force: the config's, the built-in pack's and the modules'. */
export const scorecardRulesServiceRef = createServiceRef<ScorecardRulesService>(
  {
    id: 'data-products.rules',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: { config: coreServices.rootConfig },
        factory: ({ config }) => ConfiguredScorecardRules.fromConfig(config),
      }),
  },
);

/** What the catalog's read policy lets each caller see of the products. */
export const productReadAccessServiceRef = createServiceRef<ProductReadAccess>({
  id: 'data-products.read-access',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        config: coreServices.rootConfig,
        permissions: coreServices.permissions,
        catalog: catalogServiceRef,
      },
      factory: ({ config, permissions, catalog }) =>
        CatalogProductReadAccess.create({
          permissions,
          catalog,
          cacheTtlMs: readSettings(config).readCacheTtlMs,
        }),
    }),
});

/** Tells governance of waiver requests and owners of decisions and drops. */
export const dataProductNotifierServiceRef =
  createServiceRef<DataProductNotifier>({
    id: 'data-products.notifier',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          config: coreServices.rootConfig,
          logger: coreServices.logger,
          auth: coreServices.auth,
          catalog: catalogServiceRef,
          notifications: notificationService,
          log: notificationLogServiceRef,
          waivers: waiverStoreServiceRef,
          rules: scorecardRulesServiceRef,
        },
        factory: ({ config, ...deps }) => {
          const settings = readSettings(config).notifications;
          return DataProductNotifier.create({
            ...deps,
            governanceGroup: settings.governanceGroup,
            expiryNoticeMs: settings.waiverExpiryNoticeMs,
          });
        },
      }),
  });

/**
 * Compares products with their accepted versions, records what changed for
 * their readers and tells the readers' owners.
 */
export const portChangeTrackerServiceRef = createServiceRef<PortChangeTracker>({
  id: 'data-products.port-change-tracker',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        logger: coreServices.logger,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        store: changeHistoryStoreServiceRef,
        facts: factStoreServiceRef,
        notifier: dataProductNotifierServiceRef,
      },
      factory: deps => CatalogPortChangeTracker.create(deps),
    }),
});

/** Scores products and stores their scorecards. */
export const scorecardEvaluatorServiceRef =
  createServiceRef<ScorecardEvaluator>({
    id: 'data-products.evaluator',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          config: coreServices.rootConfig,
          logger: coreServices.logger,
          auth: coreServices.auth,
          catalog: catalogServiceRef,
          store: scorecardStoreServiceRef,
          facts: factStoreServiceRef,
          waivers: waiverStoreServiceRef,
          rules: scorecardRulesServiceRef,
          notifier: dataProductNotifierServiceRef,
          changes: portChangeTrackerServiceRef,
        },
        factory: ({ config, ...deps }) =>
          ScorecardEvaluator.create({
            ...deps,
            qualityThreshold: readSettings(config).qualityThreshold,
          }),
      }),
  });

/** Places tool runs on output ports, stores their facts and re-scores. */
export const runIngestionServiceRef = createServiceRef<RunIngestion>({
  id: 'data-products.run-ingestion',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        catalog: catalogServiceRef,
        facts: factStoreServiceRef,
        unplaced: unplacedResultStoreServiceRef,
        evaluator: scorecardEvaluatorServiceRef,
      },
      factory: ({ config, auth, ...deps }) =>
        RunIngestion.create({
          ...deps,
          ports: PortIndex.create({
            catalog: deps.catalog,
            auth,
            ttlMs: readSettings(config).portIndexTtlMs,
          }),
        }),
    }),
});
