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

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

describe.each(databases.eachSupportedId())(
  'product facets on %s',
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

    it('counts facet values over the products matching every other filter, in one query', async () => {
      const all = await store.productFacets({});
      expect(all).toEqual({
        domain: [
          { value: 'domain:default/sales', count: 2 },
          { value: 'domain:default/customer', count: 1 },
          { value: 'domain:default/finance', count: 1 },
        ],
        owner: [
          { value: 'group:default/customer-data', count: 1 },
          { value: 'group:default/finance-data', count: 1 },
          { value: 'group:default/sales-data', count: 1 },
          { value: 'group:default/sales-orders-team', count: 1 },
          { value: 'user:default/jane', count: 1 },
        ],
        status: [
          { value: 'active', count: 3 },
          { value: 'draft', count: 1 },
        ],
        type: [
          { value: 'aggregate', count: 2 },
          { value: 'source-aligned', count: 2 },
          { value: 'consumer-aligned', count: 1 },
        ],
        level: [
          { value: 'none', count: 2 },
          { value: 'bronze', count: 1 },
          { value: 'gold', count: 1 },
          { value: 'silver', count: 1 },
        ],
        classification: [
          { value: 'internal', count: 2 },
          { value: 'confidential', count: 1 },
          { value: 'public', count: 1 },
          { value: 'restricted', count: 1 },
        ],
        tag: [
          { value: 'pii', count: 2 },
          { value: 'sales', count: 2 },
          { value: 'finance', count: 1 },
        ],
        failing: [
          { value: 'has-docs', count: 3 },
          { value: 'sla-declared', count: 3 },
          { value: 'has-owner', count: 1 },
        ],
      });

      const statements: string[] = [];
      const count = (query: { sql: string }) => statements.push(query.sql);
      knex.on('query', count);
      const filtered = await store
        .productFacets({ domain: ['domain:default/sales'], level: ['gold'] })
        .finally(() => knex.off('query', count));
      expect(statements).toHaveLength(1);
      // Each facet ignores its own filter: sales has a silver product too.
      expect(filtered.level).toEqual([
        { value: 'gold', count: 1 },
        { value: 'silver', count: 1 },
      ]);
      expect(filtered.domain).toEqual([
        { value: 'domain:default/sales', count: 1 },
      ]);
      expect(filtered.tag).toEqual([
        { value: 'pii', count: 1 },
        { value: 'sales', count: 1 },
      ]);

      const failing = await store.productFacets({ failing: ['has-docs'] });
      expect(failing.failing.map(f => [f.value, f.count])).toEqual([
        ['has-docs', 3],
        ['sla-declared', 3],
        ['has-owner', 1],
      ]);
      expect(failing.level.map(f => f.value)).toEqual([
        'bronze',
        'none',
        'silver',
      ]);
      // Text search is not a facet: every facet counts only what it finds.
      const searched = await store.productFacets({
        failing: ['has-docs'],
        q: 'pii',
      });
      expect(searched.failing.map(f => [f.value, f.count])).toEqual([
        ['has-docs', 1],
        ['sla-declared', 1],
      ]);
      expect(searched.level).toEqual([{ value: 'bronze', count: 1 }]);
    });
  },
);
