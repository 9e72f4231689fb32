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
  type DatabaseService,
} from '@backstage/backend-plugin-api';
import type { ChangeHistoryStore } from '../database/ChangeHistoryStore';
import type { ChangeQueue } from '../database/ChangeQueue';
import { DatabaseChangeQueue } from '../database/DatabaseChangeQueue';
import { DatabaseChangeHistoryStore } from '../database/DatabaseChangeHistoryStore';
import { DatabaseFactStore } from '../database/DatabaseFactStore';
import { DatabaseNotificationLog } from '../database/DatabaseNotificationLog';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import { DatabaseUnplacedResultStore } from '../database/DatabaseUnplacedResultStore';
import { DatabaseWaiverStore } from '../database/DatabaseWaiverStore';
import type { FactStore } from '../database/FactStore';
import type { NotificationLog } from '../database/NotificationLog';
import type { ScorecardStore } from '../database/ScorecardStore';
import type { UnplacedResultStore } from '../database/UnplacedResultStore';
import type { WaiverStore } from '../database/WaiverStore';

/**
 * A store on the plugin's own database by default; a test or a portal with
 * another storage overrides it with createServiceFactory.
 */
function storeServiceRef<TStore>(
  id: string,
  create: (options: { database: DatabaseService }) => Promise<TStore>,
) {
  return createServiceRef<TStore>({
    id: `data-products.${id}`,
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: { database: coreServices.database },
        factory: create,
      }),
  });
}

/** Scorecards, their history and the rollups read from them. */
export const scorecardStoreServiceRef = storeServiceRef<ScorecardStore>(
  'scorecard-store',
  options => DatabaseScorecardStore.create(options),
);

/** The facts pipelines report. */
export const factStoreServiceRef = storeServiceRef<FactStore>(
  'fact-store',
  options => DatabaseFactStore.create(options),
);

/** Waiver requests and decisions. */
export const waiverStoreServiceRef = storeServiceRef<WaiverStore>(
  'waiver-store',
  options => DatabaseWaiverStore.create(options),
);

/** Which notifications went out, so each is sent once. */
export const notificationLogServiceRef = storeServiceRef<NotificationLog>(
  'notification-log',
  options => DatabaseNotificationLog.create(options),
);

/** Datasets of tool runs that no output port claims. */
export const unplacedResultStoreServiceRef =
  storeServiceRef<UnplacedResultStore>('unplaced-result-store', options =>
    DatabaseUnplacedResultStore.create(options),
  );

/** Each product's accepted version and the changes seen since. */
export const changeHistoryStoreServiceRef = storeServiceRef<ChangeHistoryStore>(
  'change-history-store',
  options => DatabaseChangeHistoryStore.create(options),
);

/** The entities the catalog reported changed, until evaluated. */
export const changeQueueServiceRef = storeServiceRef<ChangeQueue>(
  'change-queue',
  options => DatabaseChangeQueue.create(options),
);
