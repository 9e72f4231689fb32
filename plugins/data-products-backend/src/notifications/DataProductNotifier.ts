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

import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type {
  DataProductChangeRecord,
  DataProductWaiver,
} from '@meshwork/plugin-data-products-common';
import type { ProductContext } from '../changes/productContexts';
import type { NotificationLog } from '../database/NotificationLog';
import type { LevelChange } from '../database/ScorecardStore';
import type { WaiverStore } from '../database/WaiverStore';
import { deliverOnce, PendingNotification } from './deliverOnce';
import { levelRank } from '../service/blockingRules';
import type { ScorecardRules } from '../service/ScorecardRules';
import {
  levelDroppedPayload,
  NOTIFICATION_TOPICS,
  waiverDecidedPayload,
  waiverExpiringPayload,
  waiverRequestedPayload,
} from './notificationPayloads';
import { portChangeNotices } from './portChangeNotices';
import { loadWaiverContexts, ownersAndRequester } from './waiverContexts';

const LOG_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

/** @public */
export interface DataProductNotifierOptions {
  notifications: NotificationService;
  log: NotificationLog;
  waivers: WaiverStore;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  rules: ScorecardRules;
  /** Who hears of new waiver requests, e.g. `group:default/governance`. */
  governanceGroup: string;
  /** How long before a waiver expires its owner is reminded, in milliseconds. */
  expiryNoticeMs: number;
}

/**
 * Tells people what the scorecard did to them: owners when their product's
 * level drops, a port their products read changes in a breaking way or is
 * deprecated, or a waiver is decided or about to expire; governance when a
 * waiver is requested. Each event is claimed in the database before it is
 * sent, so it is sent once however often it is seen. Nothing here throws: a
 * notification that cannot be sent is logged and never fails the
 * evaluation or the request that caused it.
 */
export class DataProductNotifier {
  readonly #options: DataProductNotifierOptions;

  static create(options: DataProductNotifierOptions) {
    return new DataProductNotifier(options);
  }

  private constructor(options: DataProductNotifierOptions) {
    this.#options = options;
  }

  /**
   * Owners of the products whose level fell, for a whole evaluation run at
   * once; a level that rose or stayed says nothing.
   */
  async levelsChanged(changes: LevelChange[], now: Date): Promise<void> {
    await this.#guarded('level drops', async () => {
      const pending = changes.flatMap(
        ({ record, previousLevel, previousEvaluatedAt }) => {
          const { scorecard, ownerRef, title } = record;
          const { entityRef, level } = scorecard;
          if (!ownerRef || levelRank(level) >= levelRank(previousLevel)) {
            return [];
          }
          return [
            {
              // The evaluation the product last held its level in: two
              // runs that see the same drop agree on it, a later drop differs.
              key: `level-dropped:${entityRef}:${previousLevel}-${level}:${previousEvaluatedAt}`,
              topic: NOTIFICATION_TOPICS.levelDropped,
              entityRef,
              send: {
                recipients: { type: 'entity' as const, entityRef: ownerRef },
                payload: levelDroppedPayload({
                  ...{ entityRef, title, from: previousLevel, to: level },
                  results: scorecard.results,
                }),
              },
            },
          ];
        },
      );
      await this.#deliver(pending, now);
    });
  }

  /**
   * The owners of the products that read a changed port hear of a breaking
   * change to it (allowed by a new major version or not) and of a port
   * version deprecated: one notification per change seen, kind and owner.
   * `contexts` has the title and owner of the changed products and readers.
   */
  async portsChanged(
    records: DataProductChangeRecord[],
    contexts: Map<string, ProductContext>,
    now: Date,
  ): Promise<void> {
    await this.#guarded('changed ports', async () => {
      await this.#deliver(portChangeNotices(records, contexts), now);
    });
  }

  /** The governance group hears of a new request; the requester, who knows, does not. */
  async waiverRequested(waiver: DataProductWaiver, now: Date): Promise<void> {
    await this.#guarded(`waiver ${waiver.id}`, async () => {
      const context = (await this.#contextsOf([waiver])).get(waiver.id)!;
      await this.#deliver(
        [
          {
            key: `waiver-requested:${waiver.id}`,
            topic: NOTIFICATION_TOPICS.waiverRequested,
            entityRef: waiver.entityRef,
            send: {
              recipients: {
                type: 'entity',
                entityRef: this.#options.governanceGroup,
                excludeEntityRef: waiver.requestedBy,
              },
              payload: waiverRequestedPayload(waiver, context),
            },
          },
        ],
        now,
      );
    });
  }

  /** The requester and the owning group hear the decision and its reason; the decider does not. */
  async waiverDecided(waiver: DataProductWaiver, now: Date): Promise<void> {
    await this.#guarded(`waiver ${waiver.id}`, async () => {
      const context = (await this.#contextsOf([waiver])).get(waiver.id)!;
      await this.#deliver(
        [
          {
            key: `waiver-decided:${waiver.id}`,
            topic: NOTIFICATION_TOPICS.waiverDecided,
            entityRef: waiver.entityRef,
            send: {
              recipients: {
                type: 'entity',
                entityRef: ownersAndRequester(waiver, context),
                excludeEntityRef: waiver.decidedBy,
              },
              payload: waiverDecidedPayload(waiver, context),
            },
          },
        ],
        now,
      );
    });
  }

  /**
   * Reminds owners of approved waivers that expire within the notice
   * period, once per waiver; returns how many reminders went out. Meant to
   * run daily: a waiver approved with less notice left is reminded of at
   * the next run.
   */
  async remindExpiringWaivers(now: Date): Promise<number> {
    let sent = 0;
    await this.#guarded('expiring waivers', async () => {
      const until = new Date(now.getTime() + this.#options.expiryNoticeMs);
      const expiring = await this.#options.waivers.expiringWaivers(now, until);
      const contexts = await this.#contextsOf(expiring);
      const pending = expiring.map((waiver): PendingNotification => {
        const context = contexts.get(waiver.id)!;
        return {
          key: `waiver-expiring:${waiver.id}`,
          topic: NOTIFICATION_TOPICS.waiverExpiring,
          entityRef: waiver.entityRef,
          send: {
            recipients: {
              type: 'entity',
              entityRef: ownersAndRequester(waiver, context),
            },
            payload: waiverExpiringPayload(waiver, context),
          },
        };
      });
      sent = await this.#deliver(pending, now);
    });
    return sent;
  }

  /**
   * Forgets sent events of long ago. None can recur by then: a level drop
   * is named by the evaluation before it, a port change by the look that
   * saw it, a waiver event by the waiver, and a reminded waiver expires
   * within the notice period.
   */
  async pruneLog(now: Date): Promise<void> {
    const keepMs = Math.max(LOG_RETENTION_MS, 2 * this.#options.expiryNoticeMs);
    await this.#guarded('pruning the log', async () => {
      await this.#options.log.prune(new Date(now.getTime() - keepMs));
    });
  }

  #contextsOf(waivers: DataProductWaiver[]) {
    return loadWaiverContexts(this.#options, waivers);
  }

  #deliver(pending: PendingNotification[], now: Date) {
    return deliverOnce(this.#options, pending, now);
  }

  async #guarded(what: string, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (error) {
      this.#options.logger.warn(
        `Could not send notifications about ${what}: ${error}`,
      );
    }
  }
}
