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
import { browseRecords } from '../__testUtils__/browseRecords';
import { storeWithScorecards } from '../__testUtils__/storedScorecards';
import type { DatabaseScorecardStore } from './DatabaseScorecardStore';
import { DatabaseWaiverStore } from './DatabaseWaiverStore';
import type { ReadableProducts } from './readableProducts';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const ref = (name: string) => `dataproduct:default/${name}`;
/** A caller the policy hides `customers` (restricted, customer domain) from. */
const withoutCustomers: ReadableProducts = {
  all: false,
  refs: ['orders', 'discounts', 'events', 'ledger'].map(ref),
};
const sort = { sort: 'title' as const, order: 'asc' as const };

describe.each(databases.eachSupportedId())(
  'what a caller may read, on %s',
  databaseId => {
    let store: DatabaseScorecardStore;
    let waivers: DatabaseWaiverStore;

    beforeAll(async () => {
      const at = new Date('2026-11-21T10:00:00Z');
      const stored = await storeWithScorecards(
        databases,
        databaseId,
        browseRecords,
        at,
      );
      store = stored.store;
      waivers = await DatabaseWaiverStore.create({
        database: { getClient: async () => stored.knex },
      });
      for (const name of ['customers', 'orders']) {
        await waivers.request(
          {
            entityRef: ref(name),
            ruleId: 'has-docs',
            justification: 'Docs move to the new site next sprint',
            expiresAt: new Date('2026-12-21T10:00:00Z'),
            requestedBy: 'user:default/priya.raman',
          },
          at,
        );
      }
    });

    const listed = async (readable?: ReadableProducts) => {
      const page = await store.listProducts({
        ...sort,
        offset: 0,
        limit: 25,
        readable,
      });
      return { names: page.items.map(i => i.name), total: page.totalCount };
    };

    it('lists and counts only the readable products', async () => {
      await expect(listed(withoutCustomers)).resolves.toEqual({
        names: ['discounts', 'ledger', 'orders', 'events'],
        total: 4,
      });
      await expect(listed({ all: true })).resolves.toMatchObject({ total: 5 });
      await expect(listed(undefined)).resolves.toMatchObject({ total: 5 });
      await expect(listed({ all: false, refs: [] })).resolves.toEqual({
        names: [],
        total: 0,
      });
      const exported = await store.exportProducts(
        { readable: withoutCustomers },
        sort,
      );
      expect(exported.map(i => i.name)).not.toContain('customers');
      const { items } = await store.listScorecards({
        limit: 50,
        readable: withoutCustomers,
      });
      expect(items.map(i => i.entityRef)).not.toContain(ref('customers'));
    });

    it('leaves hidden products out of every facet count', async () => {
      const facets = await store.productFacets({ readable: withoutCustomers });
      expect(facets.domain.map(f => f.value)).not.toContain(
        'domain:default/customer',
      );
      expect(facets.classification.map(f => f.value)).not.toContain(
        'restricted',
      );
      expect(facets.level.reduce((sum, f) => sum + f.count, 0)).toBe(4);
    });

    it('rolls up only the readable products, now and at the trend', async () => {
      const rows = await store.rollupRows('domain', withoutCustomers);
      expect(rows.map(r => r.groupRef)).not.toContain(
        'domain:default/customer',
      );
      expect(rows.reduce((sum, r) => sum + r.products, 0)).toBe(4);
      const previous = await store.previousRollupRows(
        'domain',
        new Date('2026-11-22T00:00:00Z'),
        withoutCustomers,
      );
      expect(previous.reduce((sum, r) => sum + r.products, 0)).toBe(4);
    });

    it('lists only the waivers of readable products', async () => {
      const { items } = await waivers.list({
        limit: 50,
        readable: withoutCustomers,
      });
      expect(items.map(w => w.entityRef)).toEqual([ref('orders')]);
    });

    it('takes more readable refs than the database takes parameters', async () => {
      // SQLite binds at most 32,766 parameters, PostgreSQL 65,535.
      const many = Array.from({ length: 70_000 }, (_, i) => ref(`p-${i}`));
      await expect(
        listed({ all: false, refs: [...many, ref('orders')] }),
      ).resolves.toEqual({ names: ['orders'], total: 1 });
    });

    it('passes refs whatever their characters', async () => {
      // PostgreSQL's array literal quotes each ref and escapes " and \.
      const odd = ['a"b', 'c\\d', 'e,f', '{g}', 'NULL', ' h '].map(ref);
      await expect(
        listed({ all: false, refs: [...odd, ref('orders')] }),
      ).resolves.toEqual({ names: ['orders'], total: 1 });
    });
  },
);
