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

import { TestDatabases } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import {
  changeNeighbours,
  kpisReader,
  ordersContract,
  ordersTablePort,
  ordersWithNextMajor,
  versionedOrders,
} from '../__testUtils__/changeFixtures';
import { policedCatalog } from '../__testUtils__/policedCatalog';
import { startPluginBackend } from '../__testUtils__/startPluginBackend';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const orders = 'dataproduct:default/orders';
const minutes = (n: number) => new Date(Date.UTC(2026, 11, 1, 10, n));
const withoutCustomer = ordersContract({
  columns: ['order_id', 'amount'],
  etag: 'etag-2',
});

describe.each(databases.eachSupportedId())(
  'the change history of the catalog on %s',
  databaseId => {
    let knex: Knex;
    const send = jest.fn<Promise<void>, [NotificationSendOptions]>();
    const replicas: Array<{ stop(): Promise<void> }> = [];

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      send.mockReset().mockResolvedValue(undefined);
    });
    afterEach(async () => {
      await Promise.all(replicas.splice(0).map(backend => backend.stop()));
    });

    /** A backend on the shared database, its catalog holding `entities` and a reader of orders. */
    async function replica(...entities: Entity[]) {
      const catalog = policedCatalog(
        [...changeNeighbours, kpisReader, ...entities],
        () => true,
      );
      const { backend, services } = await startPluginBackend({
        knex,
        notifications: { send },
        features: [catalog.factory],
      });
      replicas.push(backend);
      return { ...services, catalog };
    }

    const rule = async (services: { store: any }) =>
      (await services.store.getScorecard(orders))?.results.find(
        (r: { ruleId: string }) =>
          r.ruleId === 'no-unversioned-breaking-change',
      );
    const portNotices = (topic = 'data-product-port-breaking') =>
      send.mock.calls
        .map(([options]) => options)
        .filter(options => options.payload.topic === topic);

    it('fails the rule on a removed column, naming it, and tells the readers’ owners once', async () => {
      const before = await replica(versionedOrders(), ordersContract());
      await before.evaluator.evaluateAll(minutes(0));
      expect(await rule(before)).toMatchObject({
        state: 'not-applicable',
        message: 'No change seen since the product was first evaluated.',
      });

      const after = await replica(versionedOrders(), withoutCustomer);
      await after.evaluator.evaluateAll(minutes(10));
      expect(await rule(after)).toMatchObject({
        state: 'fail',
        message: expect.stringContaining(
          'Breaking changes since version 1.0.0 without a new major version: spec.outputPorts[0].contract › api:default/orders-contract › schema[0].properties[1]: column orders.customer_id was removed.',
        ),
      });
      // A retried run and the change watcher's run see nothing new.
      await after.evaluator.evaluateAll(minutes(11));
      await after.evaluator.evaluateProducts([orders], minutes(12));

      expect(portNotices()).toEqual([
        {
          recipients: {
            type: 'entity',
            entityRef: 'group:default/finance-data',
          },
          payload: {
            title: 'Breaking change to table v1.0.0 of Orders',
            description:
              'column orders.customer_id was removed. Your product Executive KPIs reads it. No new major version allows it: check what your products read, and ask the owner to restore it or publish a new major version.',
            link: '/catalog/default/dataproduct/orders',
            severity: 'high',
            topic: 'data-product-port-breaking',
            scope: `data-product-port-breaking:${orders}`,
          },
        },
      ]);
      const { items } = await after.changes.listChanges({ limit: 10 });
      expect(items).toEqual([
        expect.objectContaining({
          entityRef: orders,
          detectedAt: minutes(10).toISOString(),
          fromVersion: '1.0.0',
          toVersion: '1.0.0',
          unversioned: 1,
          changes: [
            expect.objectContaining({
              kind: 'column-removed',
              readers: ['dataproduct:default/kpis'],
            }),
          ],
        }),
      ]);

      // The owner puts the column back: the contract's new version passes.
      const restored = await replica(
        versionedOrders(),
        ordersContract({ etag: 'etag-3' }),
      );
      await restored.evaluator.evaluateAll(minutes(20));
      expect(await rule(restored)).toMatchObject({ state: 'pass' });
      expect(portNotices()).toHaveLength(1);
    });

    it('passes once the product’s major version is bumped, and accepts that version', async () => {
      await (
        await replica(versionedOrders(), ordersContract())
      ).evaluator.evaluateAll(minutes(0));
      const broken = await replica(versionedOrders(), withoutCustomer);
      await broken.evaluator.evaluateAll(minutes(10));
      expect(await rule(broken)).toMatchObject({ state: 'fail' });
      // Edited again without a new major (a stronger SLA): still failing,
      // the same breaking change not recorded or told twice.
      const edited = await replica(
        versionedOrders({}, [
          { ...ordersTablePort, sla: { freshness: 'PT12H', availability: 99 } },
        ]),
        withoutCustomer,
      );
      await edited.evaluator.evaluateAll(minutes(15));
      expect(await rule(edited)).toMatchObject({ state: 'fail' });
      expect(
        (await edited.changes.listChanges({ limit: 10 })).items,
      ).toHaveLength(1);
      expect(portNotices()).toHaveLength(1);

      const bumped = await replica(
        versionedOrders({ version: '2.0.0' }),
        withoutCustomer,
      );
      await bumped.evaluator.evaluateAll(minutes(20));
      expect(await rule(bumped)).toMatchObject({ state: 'pass' });
      expect((await bumped.changes.looks([orders])).get(orders)).toMatchObject({
        productVersion: '2.0.0',
      });
      const [, allowed] = portNotices();
      expect(allowed.payload).toMatchObject({
        severity: 'normal',
        description: expect.stringContaining(
          'A new major version carries it: move your input ports to the new version before the old one goes.',
        ),
      });

      // The accepted version moved on: the same catalog finds nothing more.
      await bumped.evaluator.evaluateAll(minutes(30));
      expect(
        (await bumped.changes.listChanges({ limit: 10 })).items,
      ).toHaveLength(2);
      expect(portNotices()).toHaveLength(2);
    });

    it('tells the readers’ owners once that the version of the port they read is deprecated', async () => {
      await (
        await replica(versionedOrders(), ordersContract())
      ).evaluator.evaluateAll(minutes(0));
      const next = await replica(
        ordersWithNextMajor(),
        ordersContract(),
        ordersContract({ name: 'orders-contract-v2', columns: ['order_id'] }),
      );
      await next.evaluator.evaluateAll(minutes(10));
      await next.evaluator.evaluateAll(minutes(11));
      expect(portNotices('data-product-port-deprecated')).toEqual([
        expect.objectContaining({
          recipients: {
            type: 'entity',
            entityRef: 'group:default/finance-data',
          },
          payload: expect.objectContaining({
            title: 'table v1.0.0 of Orders is deprecated',
            description:
              'Your product Executive KPIs reads it. Plan the move to a newer version of the port before the old one goes.',
          }),
        }),
      ]);
      expect(portNotices()).toEqual([]);
      expect(await rule(next)).toMatchObject({ state: 'pass' });
    });

    it('compares nothing, records nothing and reads no contract when nothing changed', async () => {
      const services = await replica(versionedOrders(), ordersContract());
      const definitionReads = () =>
        services.catalog.getEntitiesByRefs.mock.calls.filter(([request]) =>
          !request.fields
            ? request.entityRefs.some(ref => !ref.startsWith('dataproduct:'))
            : request.fields.includes('spec.definition'),
        );
      // The first look reads the contract, to keep the version accepted.
      await services.evaluator.evaluateAll(minutes(0));
      expect(definitionReads()).toHaveLength(1);
      services.catalog.getEntitiesByRefs.mockClear();

      await services.evaluator.evaluateAll(minutes(10));
      await services.evaluator.evaluateProducts([orders], minutes(11));
      expect(definitionReads()).toEqual([]);
      expect(await knex('data_product_changes').select('id')).toEqual([]);
      expect(await knex('data_product_baselines').select('generation')).toEqual(
        [{ generation: 0 }, { generation: 0 }],
      );
      expect(await rule(services)).toMatchObject({ state: 'not-applicable' });
    });
  },
);
