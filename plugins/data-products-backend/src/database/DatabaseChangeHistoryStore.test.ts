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
import type {
  DataProductChange,
  DataProductChangeRecord,
} from '@meshwork/plugin-data-products-common';
import type { Knex } from 'knex';
import type { BaselineWrite } from './ChangeHistoryStore';
import { DatabaseChangeHistoryStore } from './DatabaseChangeHistoryStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const orders = 'dataproduct:default/orders';
const payments = 'dataproduct:default/payments';
const dec = (day: number) => new Date(Date.UTC(2026, 11, day, 8));

function baseline(
  entityRef: string,
  generation: number,
  version = '1.0.0',
): BaselineWrite {
  return {
    entityRef,
    fingerprint: `accepted-${version}`,
    seenFingerprint: `seen-${generation}`,
    generation,
    productVersion: version,
    revision: {
      entity: {
        apiVersion: 'meshwork.dev/v1alpha1',
        kind: 'DataProduct',
        metadata: { name: entityRef.split('/')[1], namespace: 'default' },
        spec: { owner: 'sales', domain: 'sales', status: 'active', version },
      },
      contracts: [{ ref: 'api:default/orders-contract', definition: 'id: c' }],
    },
  };
}

const change = (
  severity: DataProductChange['severity'],
  message: string,
): DataProductChange => ({
  severity,
  kind: severity === 'breaking' ? 'column-removed' : 'port-deprecated',
  field: 'spec.outputPorts[0]',
  message,
  readers: ['dataproduct:default/kpis'],
});

const detection = (
  n: number,
  entityRef: string,
  changes: DataProductChange[],
): DataProductChangeRecord => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  entityRef,
  detectedAt: dec(n).toISOString(),
  fromVersion: '1.0.0',
  toVersion: '1.1.0',
  changes,
  unversioned: changes.filter(c => c.severity === 'breaking').length,
});

describe.each(databases.eachSupportedId())(
  'DatabaseChangeHistoryStore on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseChangeHistoryStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await DatabaseChangeHistoryStore.create({
        database: { getClient: async () => knex },
      });
    });

    afterEach(async () => {
      await knex('data_product_changes').del();
      await knex('data_product_baselines').del();
    });

    it('keeps each product’s accepted version, read in one query for all or some', async () => {
      await expect(store.looks()).resolves.toEqual(new Map());
      await store.record(
        [baseline(orders, 0), baseline(payments, 0, '2.1.0')],
        [],
        dec(1),
      );
      expect(await store.looks([orders])).toEqual(
        new Map([
          [
            orders,
            {
              fingerprint: 'accepted-1.0.0',
              seenFingerprint: 'seen-0',
              generation: 0,
              productVersion: '1.0.0',
              unversionedState: undefined,
              reportedState: undefined,
            },
          ],
        ]),
      );
      expect([...(await store.looks()).keys()].sort()).toEqual([
        orders,
        payments,
      ]);
      expect(await store.looks([])).toEqual(new Map());
      const revisions = await store.revisions([payments]);
      expect(revisions.get(payments)).toEqual(
        baseline(payments, 0, '2.1.0').revision,
      );
    });

    it('never lets an earlier look undo a later one, and records a change once', async () => {
      const found = detection(2, orders, [change('breaking', 'gone')]);
      await store.record(
        [{ ...baseline(orders, 2), unversionedState: 'broken' }],
        [found],
        dec(2),
      );
      // A replica that looked before, and a retry of the same look.
      await store.record([baseline(orders, 1)], [], dec(3));
      await store.record(
        [{ ...baseline(orders, 2), unversionedState: 'broken' }],
        [found],
        dec(3),
      );
      expect((await store.looks([orders])).get(orders)).toMatchObject({
        generation: 2,
        seenFingerprint: 'seen-2',
        unversionedState: 'broken',
      });
      expect((await store.listChanges({ limit: 10 })).items).toEqual([found]);
      await store.record([baseline(orders, 3, '2.0.0')], [], dec(4));
      expect((await store.looks([orders])).get(orders)).toMatchObject({
        generation: 3,
        productVersion: '2.0.0',
        unversionedState: undefined,
      });
    });

    it('lists changes newest first, a page at a time, by product, severity and what the caller may read', async () => {
      const all = [
        detection(1, orders, [change('notable', 'deprecated')]),
        detection(2, payments, [change('breaking', 'amount removed')]),
        detection(3, orders, [
          change('breaking', 'customer_id removed'),
          change('notable', 'deprecated'),
        ]),
      ];
      await store.record([], all, dec(4));

      const first = await store.listChanges({ limit: 2 });
      expect(first.items.map(i => i.id)).toEqual([all[2].id, all[1].id]);
      const second = await store.listChanges({
        limit: 2,
        cursor: first.nextCursor,
      });
      expect(second).toEqual({ items: [all[0]] });

      const breaking = await store.listChanges({
        limit: 10,
        severity: 'breaking',
        entityRef: orders,
      });
      expect(breaking.items).toEqual([
        { ...all[2], changes: [all[2].changes[0]] },
      ]);

      const readable = await store.listChanges({
        limit: 10,
        readable: { all: false, refs: [payments] },
      });
      expect(readable.items.map(i => i.entityRef)).toEqual([payments]);
      const none = await store.listChanges({
        limit: 10,
        readable: { all: false, refs: [] },
      });
      expect(none.items).toEqual([]);

      await expect(
        store.listChanges({ limit: 10, cursor: 'yesterday' }),
      ).rejects.toThrow(
        'cursor: expected the nextCursor of a previous page of changes',
      );
    });
  },
);
