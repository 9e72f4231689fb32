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

import type { LoggerService } from '@backstage/backend-plugin-api';
import type { EventsService } from '@backstage/plugin-events-node';
import {
  CATALOG_CHANGES_TOPIC,
  isCatalogChangesPayload,
} from '@meshwork/plugin-data-products-node';
import type { ChangeQueue } from '../database/ChangeQueue';

/**
 * Queues the entities the catalog reports changed, for the watcher to look
 * at. One subscriber per cluster (the same id on every replica), so with
 * Backstage's events bus an event is queued once. A change that cannot be
 * queued (the database is away) is logged, and the next full evaluation
 * scores it.
 */
export async function queueCatalogChanges(options: {
  events: EventsService;
  queue: ChangeQueue;
  logger: LoggerService;
}): Promise<void> {
  const { events, queue, logger } = options;
  await events.subscribe({
    id: 'scorecard-change-queue',
    topics: [CATALOG_CHANGES_TOPIC],
    async onEvent({ eventPayload }) {
      if (!isCatalogChangesPayload(eventPayload)) {
        logger.warn(
          `Ignored a ${CATALOG_CHANGES_TOPIC} event without an entityRefs list of strings`,
        );
        return;
      }
      try {
        await queue.add(eventPayload.entityRefs, new Date());
      } catch (error) {
        logger.warn(
          `Could not queue ${eventPayload.entityRefs.length} changed entities; the next full evaluation will score them: ${error}`,
        );
      }
    },
  });
}
