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

import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type {
  DataProductLevel,
  RuleResult,
} from '@meshwork/plugin-data-products-common';
import type { Knex } from 'knex';
import {
  builtinRules,
  ordersNeighbours,
  ordersProduct,
} from '../__testUtils__/fixtures';
import { DatabaseNotificationLog } from '../database/DatabaseNotificationLog';
import type { LevelChange } from '../database/ScorecardStore';
import { DatabaseWaiverStore } from '../database/DatabaseWaiverStore';
import { DataProductNotifier } from './DataProductNotifier';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const DAY = 24 * 60 * 60 * 1000;
const orders = 'dataproduct:default/orders';
const salesData = 'group:default/sales-data';
const owner = 'user:default/priya.raman';
const governor = 'user:default/grace.adeyemi';
const now = new Date('2026-11-10T10:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

const result = (
  ruleId: string,
  title: string,
  level: RuleResult['level'],
  state: RuleResult['state'],
): RuleResult => ({ ruleId, title, level, weight: 1, state });

/** A level change as an evaluation reports it. */
const change = (
  name: string,
  from: DataProductLevel,
  to: DataProductLevel,
  previousEvaluatedAt: Date,
  results: RuleResult[] = [],
): LevelChange => ({
  record: {
    scorecard: {
      entityRef: `dataproduct:default/${name}`,
      level: to,
      score: 50,
      results,
    },
    title: name[0].toUpperCase() + name.slice(1),
    ownerRef: salesData,
  },
  previousLevel: from,
  previousEvaluatedAt: previousEvaluatedAt.toISOString(),
});

describe.each(databases.eachSupportedId())(
  'DataProductNotifier on %s',
  databaseId => {
    let knex: Knex;
    let waivers: DatabaseWaiverStore;
    let log: DatabaseNotificationLog;
    const send = jest.fn<Promise<void>, [NotificationSendOptions]>();
    const logger = mockServices.logger.mock();
    const notifierWith = (
      overrides: Partial<{ log: DatabaseNotificationLog }> = {},
    ) =>
      DataProductNotifier.create({
        notifications: { send },
        log,
        waivers,
        catalog: catalogServiceMock({
          entities: [...ordersNeighbours, ordersProduct],
        }),
        auth: mockServices.auth(),
        logger,
        rules: builtinRules,
        governanceGroup: 'group:default/governance',
        expiryNoticeMs: 7 * DAY,
        ...overrides,
      });

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      const database = { getClient: async () => knex };
      waivers = await DatabaseWaiverStore.create({ database });
      log = await DatabaseNotificationLog.create({ database });
    });

    beforeEach(() => {
      send.mockReset().mockResolvedValue(undefined);
      logger.warn.mockReset();
    });

    afterEach(async () => {
      await knex('data_product_notifications_sent').del();
      await knex('data_product_waiver_events').del();
      await knex('data_product_waivers').del();
    });

    /** A waiver of `ruleId` on orders, requested by the owner, approved unless told. */
    async function waiver(
      ruleId: string,
      expiresAt: Date,
      decision: 'approve' | 'reject' | 'none' = 'approve',
      comment?: string,
    ) {
      const requested = await waivers.request(
        {
          entityRef: orders,
          ruleId,
          justification: 'The docs site moves next sprint',
          expiresAt,
          requestedBy: owner,
        },
        later(-5 * DAY),
      );
      if (decision === 'none') return requested;
      return waivers.decide(
        requested.id,
        { approve: decision === 'approve', actor: governor, comment },
        later(-4 * DAY),
      );
    }

    it('tells the owner once when a level drops, and nothing when it rises or stays', async () => {
      const notifier = notifierWith();
      const changes = [
        change('orders', 'silver', 'bronze', later(-1 * DAY), [
          result('has-owner', 'Has an owner', 'bronze', 'pass'),
          result('is-versioned', 'Is versioned', 'silver', 'fail'),
          result(
            'access-documented',
            'Access is documented',
            'silver',
            'no-data',
          ),
          result('has-docs', 'Has documentation', 'gold', 'fail'),
        ]),
        change('payments', 'bronze', 'silver', later(-1 * DAY)),
        change('refunds', 'gold', 'gold', later(-1 * DAY)),
      ];
      await notifier.levelsChanged(changes, now);
      // The same run retried, or a second replica seeing the same drop.
      await notifier.levelsChanged(changes, later(60_000));

      expect(send).toHaveBeenCalledTimes(1);
      expect(send).toHaveBeenCalledWith({
        recipients: { type: 'entity', entityRef: salesData },
        payload: {
          title: 'Orders dropped from silver to bronze',
          // Only what blocks the lost level is named; gold was not lost.
          description:
            'It no longer passes Is versioned, Access is documented. Open the scorecard to see how to fix each rule and get back to silver, or request a waiver if a fix has to wait.',
          link: '/catalog/default/dataproduct/orders/scorecard',
          severity: 'normal',
          topic: 'data-product-level-dropped',
          scope: `data-product-level:${orders}`,
        },
      });

      // A later drop of the same product is a new event.
      await notifier.levelsChanged(
        [change('orders', 'bronze', 'none', now)],
        later(DAY),
      );
      expect(send).toHaveBeenCalledTimes(2);
      expect(send.mock.calls[1][0].payload).toMatchObject({
        title: 'Orders dropped from bronze to no level',
        severity: 'high',
      });
    });

    it('tells the governance group of a new request once, and not the requester', async () => {
      const notifier = notifierWith();
      const requested = await waiver('has-docs', later(30 * DAY), 'none');
      await notifier.waiverRequested(requested, now);
      await notifier.waiverRequested(requested, now);

      expect(send).toHaveBeenCalledTimes(1);
      expect(send).toHaveBeenCalledWith({
        recipients: {
          type: 'entity',
          entityRef: 'group:default/governance',
          excludeEntityRef: owner,
        },
        payload: {
          title: 'New request for a waiver of Has documentation on Orders',
          description: `${owner} asks to waive has-docs until 2026-12-10: "The docs site moves next sprint". Approve or reject it on the governance page.`,
          link: '/data-products/governance',
          severity: 'normal',
          topic: 'data-product-waiver-requested',
          scope: `data-product-waiver:${requested.id}`,
        },
      });
    });

    it('tells the requester and the owning group of a decision and its reason, once', async () => {
      const notifier = notifierWith();
      const rejected = await waiver(
        'has-docs',
        later(30 * DAY),
        'reject',
        'Write the docs first',
      );
      await notifier.waiverDecided(rejected, now);
      await notifier.waiverDecided(rejected, now);
      const approved = await waiver('has-steward', later(30 * DAY));
      await notifier.waiverDecided(approved, now);

      expect(send).toHaveBeenCalledTimes(2);
      expect(send.mock.calls[0][0]).toEqual({
        recipients: {
          type: 'entity',
          entityRef: [owner, salesData],
          excludeEntityRef: governor,
        },
        payload: {
          title: 'Waiver of Has documentation on Orders rejected',
          description: `${governor} rejected it: "Write the docs first". The rule counts again: fix it, or request a new waiver with a fuller justification.`,
          link: '/catalog/default/dataproduct/orders/scorecard',
          severity: 'high',
          topic: 'data-product-waiver-decided',
          scope: `data-product-waiver:${rejected.id}`,
        },
      });
      expect(send.mock.calls[1][0].payload).toMatchObject({
        title: 'Waiver of Has a data steward on Orders approved',
        description: `${governor} approved it without giving a reason. The rule counts as exempt until 2026-12-10; fix it before then.`,
        severity: 'normal',
      });
    });

    it('reminds the owners of waivers expiring within a week, once each', async () => {
      const notifier = notifierWith();
      const lastDay = await waiver('has-docs', later(7 * DAY));
      const tomorrow = await waiver('has-steward', later(DAY));
      const justOutside = await waiver('sla-declared', later(7 * DAY + 60_000));
      await waiver('is-versioned', later(2 * DAY), 'none');
      await waiver('access-documented', later(2 * DAY), 'reject');

      await expect(notifier.remindExpiringWaivers(now)).resolves.toBe(2);
      // The daily task running twice, or on two replicas.
      await expect(notifier.remindExpiringWaivers(now)).resolves.toBe(0);
      expect(send.mock.calls.map(([options]) => options.payload.scope)).toEqual(
        [
          `data-product-waiver:${tomorrow.id}`,
          `data-product-waiver:${lastDay.id}`,
        ],
      );
      expect(send.mock.calls[0][0]).toEqual({
        recipients: { type: 'entity', entityRef: [owner, salesData] },
        payload: {
          title: 'Waiver of Has a data steward on Orders expires on 2026-11-11',
          description:
            'From then has-steward counts again, and while it fails the product cannot be gold. Fix the rule before the waiver expires, or request a new one.',
          link: '/catalog/default/dataproduct/orders/scorecard',
          severity: 'normal',
          topic: 'data-product-waiver-expiring',
          scope: `data-product-waiver:${tomorrow.id}`,
        },
      });

      // A day on, the one just outside the week is due; the others were told.
      await expect(notifier.remindExpiringWaivers(later(DAY))).resolves.toBe(1);
      expect(send.mock.calls[2][0].payload.scope).toBe(
        `data-product-waiver:${justOutside.id}`,
      );
      // Expired waivers are not reminded of.
      await expect(
        notifier.remindExpiringWaivers(later(8 * DAY)),
      ).resolves.toBe(0);
    });

    it('logs a failing notification service, goes on, and sends on a later run', async () => {
      const notifier = notifierWith();
      await waiver('has-docs', later(3 * DAY));
      send.mockRejectedValueOnce(new Error('notifications backend is down'));

      await expect(notifier.remindExpiringWaivers(now)).resolves.toBe(0);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining('notifications backend is down'),
      );
      // The failed send was not recorded as sent: the next day's run retries.
      await expect(notifier.remindExpiringWaivers(later(DAY))).resolves.toBe(1);
      expect(send).toHaveBeenCalledTimes(2);
    });

    it('never throws, even when the database is unavailable', async () => {
      const broken = {
        claim: jest.fn().mockRejectedValue(new Error('connection refused')),
      } as unknown as DatabaseNotificationLog;
      const notifier = notifierWith({ log: broken });
      const requested = await waiver('has-docs', later(3 * DAY));

      await expect(
        notifier.levelsChanged([change('orders', 'gold', 'silver', now)], now),
      ).resolves.toBeUndefined();
      await expect(
        notifier.waiverDecided(requested, now),
      ).resolves.toBeUndefined();
      await expect(notifier.remindExpiringWaivers(now)).resolves.toBe(0);
      expect(send).not.toHaveBeenCalled();
      expect(logger.warn).toHaveBeenCalledTimes(3);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining('connection refused'),
      );
    });
  },
);
