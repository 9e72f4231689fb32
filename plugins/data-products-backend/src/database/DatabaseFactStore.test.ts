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
import type { Knex } from 'knex';
import { DatabaseFactStore } from './DatabaseFactStore';
import type { ReportedFact } from './FactStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const orders = 'dataproduct:default/orders';
const customers = 'dataproduct:default/customers';

function fact(
  entityRef: string,
  name: string,
  value: unknown,
  observedAt: string,
  port?: string,
): ReportedFact {
  return { entityRef, name, value, observedAt, port, reportedBy: 'ci' };
}

describe.each(databases.eachSupportedId())(
  'DatabaseFactStore on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseFactStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await DatabaseFactStore.create({
        database: { getClient: async () => knex },
      });
    });

    afterEach(async () => {
      await knex('data_product_facts').del();
    });

    it('gives the latest fact per product, port and name', async () => {
      await store.addFacts(
        [
          fact(orders, 'freshness', 'PT2H', '2026-11-20T10:00:00Z', 'daily'),
          fact(orders, 'freshness', 'PT1H', '2026-11-21T10:00:00Z', 'daily'),
          fact(orders, 'freshness', 'PT9H', '2026-11-19T10:00:00Z', 'hourly'),
          fact(orders, 'quality', { rate: 0.9 }, '2026-11-21T09:00:00Z'),
          fact(orders, 'quality', 0.99, '2026-11-21T11:00:00Z'),
          fact(customers, 'quality', 0.5, '2026-11-01T00:00:00Z'),
        ],
        new Date('2026-11-21T12:00:00Z'),
      );
      const latest = await store.latestFacts();
      const byKey = (ref: string) =>
        Object.fromEntries(
          latest.get(ref)!.map(f => [`${f.name}/${f.port ?? ''}`, f.value]),
        );
      expect(byKey(orders)).toEqual({
        'freshness/daily': 'PT1H',
        'freshness/hourly': 'PT9H',
        'quality/': 0.99,
      });
      expect(byKey(customers)).toEqual({ 'quality/': 0.5 });
      expect(latest.get(orders)!.find(f => f.name === 'quality')).toEqual({
        entityRef: orders,
        name: 'quality',
        value: 0.99,
        observedAt: '2026-11-21T11:00:00.000Z',
        port: undefined,
      });

      const one = await store.latestFacts([customers]);
      expect([...one.keys()]).toEqual([customers]);
    });

    it('prunes old facts but keeps the latest of each key, however old', async () => {
      await store.addFacts(
        [
          fact(orders, 'quality', 0.1, '2026-01-01T00:00:00Z'),
          fact(orders, 'quality', 0.2, '2026-02-01T00:00:00Z'),
          fact(orders, 'quality', 0.3, '2026-11-20T00:00:00Z'),
          fact(customers, 'quality', 0.4, '2026-01-01T00:00:00Z'),
        ],
        new Date('2026-11-21T00:00:00Z'),
      );
      await expect(store.prune(new Date('2026-06-01T00:00:00Z'))).resolves.toBe(
        2,
      );
      const rows = await knex('data_product_facts')
        .orderBy('id')
        .select('entity_ref', 'value');
      expect(rows).toEqual([
        { entity_ref: orders, value: '0.3' },
        { entity_ref: customers, value: '0.4' },
      ]);
    });

    it('stores a large report in a few statements', async () => {
      const many = Array.from({ length: 1200 }, (_, i) =>
        fact(
          `dataproduct:default/p${i}`,
          'quality',
          i / 1200,
          '2026-11-21T00:00:00Z',
        ),
      );
      const statements: string[] = [];
      const listener = (query: { sql: string }) => statements.push(query.sql);
      knex.on('query', listener);
      await store.addFacts(many, new Date());
      await store.latestFacts();
      knex.off('query', listener);
      // per 500 facts, a look for those stored already and an insert
      expect(
        statements.filter(sql => !/^(begin|commit)/i.test(sql)),
      ).toHaveLength(7);
    });

    it('stores a report posted again once', async () => {
      const run = [
        fact(orders, 'quality', { rate: 0.9 }, '2026-11-21T09:00:00Z', 'daily'),
        fact(orders, 'freshness', 'PT1H', '2026-11-21T09:00:00Z', 'daily'),
      ];
      await store.addFacts(run, new Date('2026-11-21T10:00:00Z'));
      // the same run retried, with one fact it did not have
      await store.addFacts(
        [...run, fact(orders, 'row-count', 12, '2026-11-21T09:00:00Z')],
        new Date('2026-11-21T10:01:00Z'),
      );
      // a new observation of the same value counts as one
      await store.addFacts(
        [
          fact(
            orders,
            'quality',
            { rate: 0.9 },
            '2026-11-21T10:00:00Z',
            'daily',
          ),
        ],
        new Date('2026-11-21T10:02:00Z'),
      );
      const rows = await knex('data_product_facts')
        .orderBy('id')
        .select('name', 'value');
      expect(rows).toEqual([
        { name: 'quality', value: '{"rate":0.9}' },
        { name: 'freshness', value: '"PT1H"' },
        { name: 'row-count', value: '12' },
        { name: 'quality', value: '{"rate":0.9}' },
      ]);
      expect(
        (await store.latestFacts([orders])).get(orders)!.map(f => f.name),
      ).toHaveLength(3);
    });
  },
);
