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
import type { DatabaseScorecardStore } from './DatabaseScorecardStore';
import { storeWithScorecards } from '../__testUtils__/storedScorecards';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const saved = (name: string, score: number, domain: string) => ({
  scorecard: {
    entityRef: `dataproduct:default/${name}`,
    level: 'bronze' as const,
    score,
    results: [],
  },
  domainRef: `domain:default/${domain}`,
  ownerRef: 'group:default/data',
});

describe.each(databases.eachSupportedId())(
  'previous rollup rows on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseScorecardStore;

    beforeAll(async () => {
      ({ knex, store } = await storeWithScorecards(
        databases,
        databaseId,
        [saved('orders', 50, 'sales'), saved('ledger', 30, 'finance')],
        new Date('2026-10-01T10:00:00Z'),
      ));
      await store.saveScorecards(
        [saved('orders', 70, 'sales')],
        new Date('2026-10-10T10:00:00Z'),
      );
      // Today the ledger belongs to sales, and a new product has joined.
      await store.saveScorecards(
        [
          saved('orders', 90, 'sales'),
          saved('ledger', 60, 'sales'),
          saved('fresh', 100, 'sales'),
        ],
        new Date('2026-11-20T10:00:00Z'),
      );
    });

    it("groups today's products by today's domain, scored by their last point by then", async () => {
      const statements: string[] = [];
      const count = (query: { sql: string }) => statements.push(query.sql);
      knex.on('query', count);
      const rows = await store
        .previousRollupRows('domain', new Date('2026-10-15T00:00:00Z'))
        .finally(() => knex.off('query', count));
      expect(statements).toHaveLength(1);
      expect(rows).toEqual([
        { groupRef: 'domain:default/sales', products: 2, scoreSum: 100 },
      ]);
      await expect(
        store.previousRollupRows('owner', new Date('2026-10-05T00:00:00Z')),
      ).resolves.toEqual([
        { groupRef: 'group:default/data', products: 2, scoreSum: 80 },
      ]);
      await expect(
        store.previousRollupRows('domain', new Date('2026-09-01T00:00:00Z')),
      ).resolves.toEqual([]);
    });
  },
);
