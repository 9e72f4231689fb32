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

import type {
  AuthService,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { ChangeHistoryStore } from '../database/ChangeHistoryStore';
import type { FactStore } from '../database/FactStore';
import type { ScorecardStore } from '../database/ScorecardStore';
import type { WaiverStore } from '../database/WaiverStore';
import type { DataProductNotifier } from '../notifications/DataProductNotifier';
import type { ProductReadAccess } from '../service/ProductReadAccess';
import type { ScorecardEvaluator } from '../service/ScorecardEvaluator';
import type { ScorecardRules } from '../service/ScorecardRules';
import type { DataProductFactSource } from '@meshwork/plugin-data-products-node';
import type { UnplacedResultStore } from '../database/UnplacedResultStore';
import type { RunIngestion } from '../runs/RunIngestion';

/** What the routes need: services, stores and the settings they enforce. */
export interface RouteOptions {
  httpAuth: HttpAuthService;
  logger: LoggerService;
  permissions: PermissionsService;
  auth: AuthService;
  catalog: CatalogService;
  store: ScorecardStore;
  facts: FactStore;
  waivers: WaiverStore;
  /** The changes seen in the catalog's products. */
  changes: ChangeHistoryStore;
  evaluator: ScorecardEvaluator;
  /** What the catalog's read policy lets each caller see. */
  readAccess: ProductReadAccess;
  rules: ScorecardRules;
  /** The longest a waiver may run, in milliseconds. */
  waiverMaxDurationMs: number;
  /** Tool runs: the installed fact sources, where their results go, the body limit. */
  runs: {
    sources: Map<string, DataProductFactSource>;
    ingestion: RunIngestion;
    unplaced: UnplacedResultStore;
    /** As express.json takes it, e.g. `100mb`. */
    maxBodySize: string;
  };
  /**
   * Whether the plugin's database answers: asked when another plugin fails
   * without saying why, to answer 503 during an outage.
   */
  databaseAnswers?: () => Promise<boolean>;
  /** Tells governance of waiver requests and owners of decisions; never throws. */
  notifier?: Pick<DataProductNotifier, 'waiverRequested' | 'waiverDecided'>;
}
