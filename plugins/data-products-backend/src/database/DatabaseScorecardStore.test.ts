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
import type { DataProductScorecard } from '@meshwork/plugin-data-products-common';
import type { Knex } from 'knex';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';

jest.setTimeout(60_000);

// PostgreSQL runs when scripts/run-tests.js finds one (it sets the
// connection string); SQLite always.
const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const PASS = { 'has-owner': 'pass' } as const;

function scorecard(
  name: string,
  level: DataProductScorecard['level'],
  states: Record<string, 'pass' | 'fail'>,
): DataProductScorecard {
  const results = Object.entries(states).map(([ruleId, state]) => ({
    ruleId,
    title: ruleId,
    level: 'bronze' as const,
    weight: 1,
    state,
    ...(state === 'fail' ? { message: 'fix it' } : {}),
  }));
  const passed = results.filter(r => r.state === 'pass').length;
  return {
    entityRef: `dataproduct:default/${name}`,
    level,
    score: Math.round((100 * passed) / results.length),
    results,
  };
}

describe.each(databases.eachSupportedId())(
  'DatabaseScorecardStore on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseScorecardStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await DatabaseScorecardStore.create({
        database: { getClient: async () => knex },
      });
    });

    afterEach(async () => {
      await knex('scorecard_history').del();
      await knex('scorecard_results').del();
    });

    it('stores the latest scorecard and a history point only when something changed', async () => {
      const day1 = new Date('2026-11-20T10:00:00Z');
      const day2 = new Date('2026-11-21T10:00:00Z');
      const day3 = new Date('2026-11-22T10:00:00Z');
      const orders = scorecard('orders', 'none', {
        'has-owner': 'pass',
        'has-docs': 'fail',
      });
      await expect(
        store.saveScorecards(
          [
            {
              scorecard: orders,
              title: 'Orders',
              domainRef: 'domain:default/sales',
              ownerRef: 'group:default/sales-data',
            },
          ],
          day1,
        ),
      ).resolves.toEqual({ changed: 1, levelChanges: [] });
      await expect(
        store.saveScorecards([{ scorecard: orders }], day2),
      ).resolves.toEqual({ changed: 0, levelChanges: [] });
      const fixed = scorecard('orders', 'gold', {
        'has-owner': 'pass',
        'has-docs': 'pass',
      });
      // The level change names the evaluation it changed from: day 2's.
      await expect(
        store.saveScorecards([{ scorecard: fixed, title: 'Orders' }], day3),
      ).resolves.toEqual({
        changed: 1,
        levelChanges: [
          {
            record: { scorecard: fixed, title: 'Orders' },
            previousLevel: 'none',
            previousEvaluatedAt: day2.toISOString(),
          },
        ],
      });

      await expect(
        store.getScorecard('dataproduct:default/orders'),
      ).resolves.toMatchObject({
        level: 'gold',
        score: 100,
        title: 'Orders',
        evaluatedAt: day3.toISOString(),
        results: fixed.results,
      });
      await expect(
        store.getHistory('dataproduct:default/orders'),
      ).resolves.toEqual([
        {
          level: 'none',
          score: 50,
          states: { 'has-owner': 'pass', 'has-docs': 'fail' },
          recordedAt: day1.toISOString(),
        },
        {
          level: 'gold',
          score: 100,
          states: { 'has-owner': 'pass', 'has-docs': 'pass' },
          recordedAt: day3.toISOString(),
        },
      ]);
      // the latest points only, still oldest first
      await expect(
        store.getHistory('dataproduct:default/orders', 1),
      ).resolves.toEqual([
        expect.objectContaining({
          level: 'gold',
          recordedAt: day3.toISOString(),
        }),
      ]);
      await expect(
        store.getScorecard('dataproduct:default/unknown'),
      ).resolves.toBeUndefined();
    });

    it('stores a product whose title is longer than its column, cut with an ellipsis', async () => {
      // PostgreSQL refused the whole batch for one such title.
      const title = `${'Orders of every region '.repeat(12)}🚚 and more`;
      const day = new Date('2026-11-20T10:00:00Z');
      await store.saveScorecards(
        [
          { scorecard: scorecard('orders', 'none', PASS), title },
          { scorecard: scorecard('billing', 'none', PASS), title: 'Billing' },
        ],
        day,
      );
      const stored = await store.getScorecard('dataproduct:default/orders');
      expect(Array.from(stored!.title!)).toHaveLength(255);
      expect(stored!.title).toBe(
        `${Array.from(title).slice(0, 254).join('')}…`,
      );
      await expect(
        store.getScorecard('dataproduct:default/billing'),
      ).resolves.toMatchObject({ title: 'Billing' });
    });

    it('forgets the products a run did not see, but for those it keeps', async () => {
      const before = new Date('2026-11-20T10:00:00Z');
      const run = new Date('2026-11-21T10:00:00Z');
      await store.saveScorecards(
        ['gone', 'refused', 'seen'].map(name => ({
          scorecard: scorecard(name, 'none', PASS),
        })),
        before,
      );
      await store.saveScorecards(
        [{ scorecard: scorecard('seen', 'none', PASS) }],
        run,
      );
      await expect(
        store.deleteScorecardsEvaluatedBefore(run, [
          'dataproduct:default/refused',
        ]),
      ).resolves.toBe(1);
      const left = await knex('scorecard_results')
        .orderBy('entity_ref')
        .pluck('entity_ref');
      expect(left).toEqual([
        'dataproduct:default/refused',
        'dataproduct:default/seen',
      ]);
    });

    it('keeps a newer result when an evaluation that started before it saves later', async () => {
      const look = new Date('2026-11-21T10:00:00Z');
      const fullRun = new Date('2026-11-21T10:00:01Z');
      // Another replica's full run stores its result first…
      await store.saveScorecards(
        [{ scorecard: scorecard('orders', 'gold', PASS) }],
        fullRun,
      );
      // …then a look for changes that began a second earlier saves its own.
      await expect(
        store.saveScorecards(
          [{ scorecard: scorecard('orders', 'none', PASS) }],
          look,
        ),
      ).resolves.toEqual({ changed: 0, levelChanges: [] });
      await expect(
        store.deleteScorecardsEvaluatedBefore(fullRun),
      ).resolves.toBe(0);
      await expect(
        store.getScorecard('dataproduct:default/orders'),
      ).resolves.toMatchObject({ level: 'gold' });
      await expect(
        store.getHistory('dataproduct:default/orders'),
      ).resolves.toHaveLength(1);
    });

    it('saves a large batch in a few statements, not one per product', async () => {
      const records = Array.from({ length: 1200 }, (_, i) => ({
        scorecard: scorecard(`product-${i}`, 'bronze', {
          'has-owner': 'pass',
          'has-docs': i % 2 ? 'pass' : 'fail',
        }),
      }));
      const statements: string[] = [];
      const count = (query: { sql: string }) => statements.push(query.sql);
      knex.on('query', count);
      try {
        await expect(
          store.saveScorecards(records, new Date()),
        ).resolves.toEqual({ changed: 1200, levelChanges: [] });
      } finally {
        knex.off('query', count);
      }
      const writes = statements.filter(sql => /insert|select/i.test(sql));
      // 3 reads + 3 upserts + 3 history inserts for 3 chunks of up to 500
      expect(writes.length).toBeLessThanOrEqual(9);
      expect(
        Number((await knex('scorecard_results').count({ n: '*' }))[0].n),
      ).toBe(1200);
      expect(
        Number((await knex('scorecard_history').count({ n: '*' }))[0].n),
      ).toBe(1200);
    });

    it('lists summaries filtered in the database, a page at a time', async () => {
      const records = [
        {
          name: 'orders',
          level: 'silver',
          states: { 'has-owner': 'pass', 'has-docs': 'fail' },
          domain: 'sales',
          title: 'Orders (daily)',
        },
        {
          name: 'orders-raw',
          level: 'gold',
          states: { 'has-owner': 'pass', 'has-docs': 'pass' },
          domain: 'sales',
          title: 'Orders raw',
        },
        {
          name: 'ledger',
          level: 'none',
          states: { 'has-owner': 'fail', 'has-docs': 'fail' },
          domain: 'finance',
          title: 'Ledger',
        },
      ] as const;
      await store.saveScorecards(
        records.map(r => ({
          scorecard: scorecard(r.name, r.level, { ...r.states }),
          title: r.title,
          domainRef: `domain:default/${r.domain}`,
          ownerRef: 'group:default/data',
        })),
        new Date('2026-11-21T10:00:00Z'),
      );
      const names = async (query: object) =>
        (await store.listScorecards({ limit: 10, ...query })).items.map(
          i => i.entityRef.split('/')[1],
        );

      expect(await names({})).toEqual(['ledger', 'orders', 'orders-raw']);
      expect(await names({ domainRef: 'domain:default/sales' })).toEqual([
        'orders',
        'orders-raw',
      ]);
      expect(await names({ level: 'gold' })).toEqual(['orders-raw']);
      expect(await names({ failing: 'has-docs' })).toEqual([
        'ledger',
        'orders',
      ]);
      expect(await names({ failing: 'has' })).toEqual([]);
      expect(await names({ q: 'DAILY' })).toEqual(['orders']);
      // Search text is literal: % and _ are not wildcards.
      expect(await names({ q: '%' })).toEqual([]);
      expect(await names({ q: 'orders_raw' })).toEqual([]);
      expect(
        await names({ q: 'orders', domainRef: 'domain:default/finance' }),
      ).toEqual([]);
      expect(await names({ ownerRef: 'group:default/other' })).toEqual([]);

      const first = await store.listScorecards({ limit: 2 });
      expect(first.items.map(i => i.entityRef)).toEqual([
        'dataproduct:default/ledger',
        'dataproduct:default/orders',
      ]);
      expect(first.items[0]).toMatchObject({
        level: 'none',
        score: 0,
        failingRuleIds: ['has-owner', 'has-docs'],
        title: 'Ledger',
      });
      const second = await store.listScorecards({
        limit: 2,
        cursor: first.nextCursor,
      });
      expect(second.items.map(i => i.entityRef)).toEqual([
        'dataproduct:default/orders-raw',
      ]);
      expect(second.nextCursor).toBeUndefined();
    });
  },
);
