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
  type CatalogChangesPayload,
} from '@meshwork/plugin-data-products-node';

/** The most refs one event carries; a bulk import sends several events. */
const MAX_REFS_PER_EVENT = 1000;

/**
 * Gathers the refs the processor finds changed and publishes them together,
 * at most one event a second: a bulk import of 150,000 entities is 150
 * events, not 150,000 (each of which the events bus would store and send).
 * A ref lost with a crashing process is caught by the scorecard's scheduled
 * full evaluation.
 */
export class ChangedEntitiesPublisher {
  readonly #events: EventsService;
  readonly #logger: LoggerService;
  readonly #delayMs: number;
  #pending = new Set<string>();
  #timer?: NodeJS.Timeout;
  #flushing: Promise<void> = Promise.resolve();

  constructor(options: {
    events: EventsService;
    logger: LoggerService;
    delayMs?: number;
  }) {
    this.#events = options.events;
    this.#logger = options.logger;
    this.#delayMs = options.delayMs ?? 1000;
  }

  add(entityRef: string) {
    this.#pending.add(entityRef);
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.#flushing = this.#flushing.then(() => this.flush());
    }, this.#delayMs);
  }

  /** Publishes what is gathered now; the shutdown hook calls it too. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const refs = [...this.#pending];
    this.#pending = new Set();
    for (let i = 0; i < refs.length; i += MAX_REFS_PER_EVENT) {
      const eventPayload: CatalogChangesPayload = {
        entityRefs: refs.slice(i, i + MAX_REFS_PER_EVENT),
      };
      try {
        await this.#events.publish({
          topic: CATALOG_CHANGES_TOPIC,
          eventPayload,
        });
      } catch (error) {
        this.#logger.warn(
          `Could not tell the scorecard of ${eventPayload.entityRefs.length} changed entities; the next full evaluation will: ${error}`,
        );
      }
    }
  }
}
