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
import { browseRecords } from '../__testUtils__/browseRecords';
import type { DatabaseScorecardStore } from './DatabaseScorecardStore';
import { storeWithScorecards } from '../__testUtils__/storedScorecards';
import type { ProductListQuery } from './productListing';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

describe.each(databases.eachSupportedId())(
  'browsing products on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseScorecardStore;

    beforeAll(async () => {
      ({ knex, store } = await storeWithScorecards(
        databases,
        databaseId,
        browseRecords,
        new Date('2026-11-21T10:00:00Z'),
      ));
    });

    const names = async (query: Partial<ProductListQuery>) =>
      (
        await store.listProducts({
          sort: 'title',
          order: 'asc',
          offset: 0,
          limit: 25,
          ...query,
        })
      ).items.map(item => item.name);

    it('filters on each field, values of one filter being alternatives', async () => {
      expect(await names({})).toEqual([
        'discounts',
        'ledger',
        'orders',
        'events',
        'customers',
      ]);
      expect(await names({ domain: ['domain:default/sales'] })).toEqual([
        'discounts',
        'orders',
      ]);
      expect(
        await names({
          domain: ['domain:default/sales', 'domain:default/finance'],
        }),
      ).toEqual(['discounts', 'ledger', 'orders']);
      expect(await names({ owner: ['group:default/sales-data'] })).toEqual([
        'discounts',
      ]);
      expect(
        await names({
          underOwnerRefs: [
            'group:default/sales-data',
            'group:default/sales-orders-team',
          ],
        }),
      ).toEqual(['discounts', 'orders']);
      expect(await names({ underOwnerRefs: [] })).toEqual([]);
      expect(await names({ status: ['draft', 'active'] })).toEqual([
        'discounts',
        'ledger',
        'orders',
        'customers',
      ]);
      expect(await names({ type: ['aggregate'] })).toEqual([
        'discounts',
        'ledger',
      ]);
      expect(await names({ level: ['none', 'gold'] })).toEqual([
        'ledger',
        'orders',
        'events',
      ]);
      expect(await names({ classification: ['restricted'] })).toEqual([
        'customers',
      ]);
      expect(await names({ tag: ['finance', 'pii'] })).toEqual([
        'ledger',
        'orders',
        'customers',
      ]);
      expect(
        await names({ domain: ['domain:default/sales'], level: ['silver'] }),
      ).toEqual(['discounts']);
    });

    it('keeps products failing every given rule, matching whole rule ids', async () => {
      expect(await names({ failing: ['has-docs'] })).toEqual([
        'discounts',
        'events',
        'customers',
      ]);
      expect(await names({ failing: ['has-docs', 'sla-declared'] })).toEqual([
        'events',
        'customers',
      ]);
      expect(await names({ failing: ['has'] })).toEqual([]);
    });

    it('searches title, ref, description and tags, taking wildcards literally', async () => {
      expect(await names({ q: 'ORDER' })).toEqual(['orders']);
      expect(await names({ q: 'revenue' })).toEqual(['customers']);
      expect(await names({ q: 'PII' })).toEqual(['orders', 'customers']);
      expect(await names({ q: 'default/led' })).toEqual(['ledger']);
      // As patterns, these would also match "Top 500" and every title.
      expect(await names({ q: '50%' })).toEqual(['discounts']);
      expect(await names({ q: '_' })).toEqual(['events']);
      expect(await names({ q: 'k\\s' })).toEqual(['events']);
      expect(await names({ q: '!' })).toEqual([]);
    });

    it('sorts levels by rank and scores by value, ties by ref, empty values last', async () => {
      expect(await names({ sort: 'level', order: 'desc' })).toEqual([
        'orders',
        'discounts',
        'customers',
        'events',
        'ledger',
      ]);
      expect(await names({ sort: 'level', order: 'asc' })).toEqual([
        'events',
        'ledger',
        'customers',
        'discounts',
        'orders',
      ]);
      expect(await names({ sort: 'score', order: 'desc' })).toEqual([
        'orders',
        'discounts',
        'customers',
        'ledger',
        'events',
      ]);
      expect(await names({ sort: 'domain', order: 'desc' })).toEqual([
        'discounts',
        'orders',
        'ledger',
        'customers',
        'events',
      ]);
      expect(await names({ sort: 'status', order: 'asc' })).toEqual([
        'customers',
        'ledger',
        'orders',
        'discounts',
        'events',
      ]);
    });

    it('pages with the total count, in two queries', async () => {
      const statements: string[] = [];
      const count = (query: { sql: string }) => statements.push(query.sql);
      knex.on('query', count);
      const page = await store
        .listProducts({ sort: 'score', order: 'asc', offset: 1, limit: 2 })
        .finally(() => knex.off('query', count));
      expect(statements).toHaveLength(2);
      expect(page).toMatchObject({ totalCount: 5, offset: 1, limit: 2 });
      expect(page.items.map(item => item.name)).toEqual([
        'ledger',
        'customers',
      ]);
      expect(page.items[1]).toEqual({
        entityRef: 'dataproduct:default/customers',
        name: 'customers',
        title: 'Top 500 customers',
        description: 'Ranked by revenue',
        domainRef: 'domain:default/customer',
        ownerRef: 'group:default/customer-data',
        status: 'active',
        type: 'consumer-aligned',
        classification: 'restricted',
        tags: ['pii'],
        level: 'bronze',
        score: 60,
        failingRuleIds: ['has-docs', 'sla-declared'],
        states: {
          'has-owner': 'pass',
          'has-docs': 'fail',
          'sla-declared': 'fail',
        },
        evaluatedAt: '2026-11-21T10:00:00.000Z',
      });
      const past = await store.listProducts({
        sort: 'title',
        order: 'asc',
        offset: 10,
        limit: 2,
        level: ['none'],
      });
      expect(past).toEqual({ items: [], totalCount: 2, offset: 10, limit: 2 });
    });
  },
);
