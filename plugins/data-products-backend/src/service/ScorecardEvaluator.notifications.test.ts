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
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import { ordersNeighbours, ordersProduct } from '../__testUtils__/fixtures';
import { startPluginBackend } from '../__testUtils__/startPluginBackend';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const orders = 'dataproduct:default/orders';
const minutes = (n: number) => new Date(Date.UTC(2026, 10, 21, 10, n));

/** Orders without a version: is-versioned fails, so silver is lost. */
const unversioned = {
  ...ordersProduct,
  spec: { ...ordersProduct.spec, version: undefined },
} as Entity;

describe.each(databases.eachSupportedId())(
  'level-drop notifications of evaluations on %s',
  databaseId => {
    let knex: Knex;
    const send = jest.fn<Promise<void>, [NotificationSendOptions]>();

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      send.mockReset().mockResolvedValue(undefined);
    });

    const replicas: Array<{ stop(): Promise<void> }> = [];
    afterEach(async () => {
      await Promise.all(replicas.splice(0).map(backend => backend.stop()));
    });

    /** A backend (one replica) on the shared database, seeing `product` in the catalog. */
    async function replica(product: Entity) {
      const { backend, services } = await startPluginBackend({
        knex,
        notifications: { send },
        features: [
          catalogServiceMock.factory({
            entities: [...ordersNeighbours, product],
          }),
        ],
      });
      replicas.push(backend);
      return services;
    }

    it('tells the owner once when a run drops the level, not when it rises or stays', async () => {
      const before = await replica(ordersProduct);
      await before.evaluator.evaluateAll(minutes(0));
      await expect(before.store.getScorecard(orders)).resolves.toMatchObject({
        level: 'silver',
      });
      // The first evaluation has nothing to compare with.
      expect(send).not.toHaveBeenCalled();

      const after = await replica(unversioned);
      await after.evaluator.evaluateAll(minutes(10));
      // A retried run and an on-demand evaluation see no new drop.
      await after.evaluator.evaluateAll(minutes(11));
      await after.evaluator.evaluateProducts([orders], minutes(12));

      expect(send).toHaveBeenCalledTimes(1);
      expect(send.mock.calls[0][0]).toMatchObject({
        recipients: { type: 'entity', entityRef: 'group:default/sales-data' },
        payload: {
          title: 'Orders dropped from silver to bronze',
          description: expect.stringContaining(
            'It no longer passes Is versioned.',
          ),
          link: '/catalog/default/dataproduct/orders/scorecard',
        },
      });

      // Fixed: the level rises again, which nobody needs to hear.
      await before.evaluator.evaluateAll(minutes(20));
      await expect(before.store.getScorecard(orders)).resolves.toMatchObject({
        level: 'silver',
      });
      expect(send).toHaveBeenCalledTimes(1);

      // Dropping again later is news again.
      await after.evaluator.evaluateProducts([orders], minutes(30));
      expect(send).toHaveBeenCalledTimes(2);
    });

    it('notifies once when two replicas evaluate the same drop at once', async () => {
      await (await replica(ordersProduct)).evaluator.evaluateAll(minutes(0));
      const [first, second] = [
        await replica(unversioned),
        await replica(unversioned),
      ];
      await Promise.all([
        first.evaluator.evaluateProducts([orders], minutes(10)),
        second.evaluator.evaluateProducts([orders], minutes(10)),
      ]);
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('stores the evaluation when the notification service fails', async () => {
      await (await replica(ordersProduct)).evaluator.evaluateAll(minutes(0));
      send.mockRejectedValue(new Error('notifications backend is down'));
      const after = await replica(unversioned);
      await expect(
        after.evaluator.evaluateAll(minutes(10)),
      ).resolves.toMatchObject({
        products: 1,
        changed: 1,
      });
      await expect(after.store.getScorecard(orders)).resolves.toMatchObject({
        level: 'bronze',
      });
      await expect(
        after.evaluator.evaluateProduct(
          orders,
          await mockServices.auth().getOwnServiceCredentials(),
          minutes(11),
        ),
      ).resolves.toMatchObject({ level: 'bronze' });
    });
  },
);
