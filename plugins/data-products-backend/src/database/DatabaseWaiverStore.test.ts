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
import { DatabaseWaiverStore } from './DatabaseWaiverStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const orders = 'dataproduct:default/orders';
const owner = 'user:default/priya.raman';
const governor = 'user:default/grace.adeyemi';
const nov = (day: number) => new Date(Date.UTC(2026, 10, day, 10));

describe.each(databases.eachSupportedId())(
  'DatabaseWaiverStore on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseWaiverStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await DatabaseWaiverStore.create({
        database: { getClient: async () => knex },
      });
    });

    afterEach(async () => {
      await knex('data_product_waiver_events').del();
      await knex('data_product_waivers').del();
    });

    const request = (ruleId = 'has-docs', expiresAt = nov(30), at = nov(1)) =>
      store.request(
        {
          entityRef: orders,
          ruleId,
          justification: 'Docs move to the new site next sprint',
          expiresAt,
          requestedBy: owner,
        },
        at,
      );

    it('lets exactly one of two racing decisions win; the other is told of the conflict', async () => {
      const ids = [];
      for (let i = 0; i < 20; i++) ids.push((await request(`rule-${i}`)).id);
      const outcomes = await Promise.all(
        ids.map(id =>
          Promise.allSettled([
            store.decide(id, { approve: true, actor: governor }, nov(2)),
            store.decide(
              id,
              { approve: false, actor: 'user:default/elena.petrova' },
              nov(2),
            ),
          ]),
        ),
      );
      for (const [first, second] of outcomes) {
        const won = [first, second].filter(o => o.status === 'fulfilled');
        const lost = [first, second].filter(o => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect((lost[0] as PromiseRejectedResult).reason.name).toBe(
          'ConflictError',
        );
      }
      // One decision each in the audit trail, not two.
      const events = await knex('data_product_waiver_events')
        .whereNot('action', 'requested')
        .count({ n: '*' });
      expect(Number(events[0].n)).toBe(20);
    });

    it('lets a new request replace one whose end date passed while pending', async () => {
      await request('has-docs', nov(5), nov(1));
      await expect(request('has-docs', nov(30), nov(4))).rejects.toThrow(
        /already has a requested waiver of has-docs/,
      );
      const renewed = await request('has-docs', nov(30), nov(6));
      expect(renewed).toMatchObject({ status: 'requested' });
    });

    it('keeps every request and decision with who and when', async () => {
      const requested = await request();
      expect(requested).toMatchObject({
        entityRef: orders,
        ruleId: 'has-docs',
        status: 'requested',
        requestedBy: owner,
        expiresAt: nov(30).toISOString(),
      });
      await expect(store.activeWaivers(nov(2))).resolves.toEqual(new Map());

      const approved = await store.decide(
        requested.id,
        { approve: true, actor: governor, comment: 'Fine until the move' },
        nov(2),
      );
      expect(approved).toMatchObject({
        status: 'approved',
        decidedBy: governor,
        decidedAt: nov(2).toISOString(),
      });
      expect(approved.events).toEqual([
        {
          action: 'requested',
          actor: owner,
          at: nov(1).toISOString(),
          comment: 'Docs move to the new site next sprint',
        },
        {
          action: 'approved',
          actor: governor,
          at: nov(2).toISOString(),
          comment: 'Fine until the move',
        },
      ]);
      await expect(store.activeWaivers(nov(3))).resolves.toEqual(
        new Map([
          [
            orders,
            [
              {
                entityRef: orders,
                ruleId: 'has-docs',
                expiresAt: nov(30).toISOString(),
              },
            ],
          ],
        ]),
      );
    });

    it('refuses a second open waiver, a second decision and self-approval', async () => {
      const requested = await request();
      await expect(request()).rejects.toThrow(
        /already has a requested waiver of has-docs/,
      );
      await expect(
        store.decide(requested.id, { approve: true, actor: owner }, nov(2)),
      ).rejects.toThrow(/someone else must approve it/);
      await store.decide(
        requested.id,
        { approve: false, actor: governor, comment: 'Write the docs' },
        nov(2),
      );
      await expect(
        store.decide(requested.id, { approve: true, actor: governor }, nov(3)),
      ).rejects.toThrow(/already rejected/);
      await expect(
        store.decide(
          '00000000-0000-0000-0000-000000000000',
          { approve: true, actor: governor },
          nov(3),
        ),
      ).rejects.toThrow(/No waiver/);
      // a rejected waiver no longer blocks a new request
      await expect(request()).resolves.toMatchObject({ status: 'requested' });
    });

    it('expires approved and pending waivers at their expiry, on the record', async () => {
      const approved = await request('has-docs', nov(10));
      await store.decide(
        approved.id,
        { approve: true, actor: governor },
        nov(2),
      );
      const pending = await request('has-steward', nov(10));
      await expect(store.expire(nov(9))).resolves.toBe(0);
      expect((await store.activeWaivers(nov(9))).get(orders)).toHaveLength(1);
      // past the expiry the waiver stops counting even before expire() runs
      await expect(store.activeWaivers(nov(11))).resolves.toEqual(new Map());
      await expect(store.expire(nov(11))).resolves.toBe(2);
      const after = await store.get(pending.id);
      expect(after?.status).toBe('expired');
      expect(after?.events.map(e => [e.action, e.actor])).toEqual([
        ['requested', owner],
        ['expired', 'system'],
      ]);
      await expect(
        store.decide(pending.id, { approve: true, actor: governor }, nov(12)),
      ).rejects.toThrow(/already expired/);
    });

    it('lists newest first, filtered, a page at a time', async () => {
      const ids = [];
      for (const [i, rule] of [
        'has-docs',
        'has-steward',
        'has-sla',
      ].entries()) {
        ids.push((await request(rule, nov(30), nov(1 + i))).id);
      }
      await store.decide(ids[1], { approve: true, actor: governor }, nov(5));
      const first = await store.list({ entityRef: orders, limit: 2 });
      expect(first.items.map(w => w.ruleId)).toEqual([
        'has-sla',
        'has-steward',
      ]);
      const second = await store.list({
        entityRef: orders,
        limit: 2,
        cursor: first.nextCursor,
      });
      expect(second.items.map(w => w.ruleId)).toEqual(['has-docs']);
      expect(second.nextCursor).toBeUndefined();
      const approvedOnly = await store.list({ status: 'approved', limit: 10 });
      expect(approvedOnly.items.map(w => w.ruleId)).toEqual(['has-steward']);
      await expect(store.list({ limit: 2, cursor: 'garbage' })).rejects.toThrow(
        /cursor: expected/,
      );
      // A time no Date holds: PostgreSQL answered it with a 500.
      await expect(
        store.list({
          limit: 2,
          cursor: `${'9'.repeat(20)}_00000000-0000-0000-0000-000000000000`,
        }),
      ).rejects.toThrow(/cursor: expected/);
    });
  },
);
