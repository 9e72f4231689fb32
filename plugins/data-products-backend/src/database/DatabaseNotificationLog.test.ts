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
import { DatabaseNotificationLog } from './DatabaseNotificationLog';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const event = (key: string) => ({
  key,
  topic: 'data-product-level',
  entityRef: 'dataproduct:default/orders',
});
const nov = (day: number) => new Date(Date.UTC(2026, 10, day, 10));

describe.each(databases.eachSupportedId())(
  'DatabaseNotificationLog on %s',
  databaseId => {
    let knex: Knex;
    let log: DatabaseNotificationLog;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      log = await DatabaseNotificationLog.create({
        database: { getClient: async () => knex },
      });
    });

    afterEach(async () => {
      await knex('data_product_notifications_sent').del();
    });

    it('hands each event to the first claimant only', async () => {
      await expect(
        log.claim([event('a'), event('b')], nov(1)),
      ).resolves.toEqual([event('a'), event('b')]);
      // A retry with one old and one new event: only the new one is left to send.
      await expect(
        log.claim([event('b'), event('c')], nov(1)),
      ).resolves.toEqual([event('c')]);
      await expect(log.claim([event('a')], nov(2))).resolves.toEqual([]);
    });

    it('lets two replicas claim at once and gives each event to exactly one', async () => {
      const events = Array.from({ length: 30 }, (_, i) => event(`e${i}`));
      const [first, second] = await Promise.all([
        log.claim(events, nov(1)),
        log.claim([...events].reverse(), nov(1)),
      ]);
      expect(first.length + second.length).toBe(30);
      const keys = [...first, ...second].map(e => e.key).sort();
      expect(keys).toEqual(events.map(e => e.key).sort());
    });

    it('counts an event named twice in one batch once', async () => {
      await expect(
        log.claim([event('a'), event('a')], nov(1)),
      ).resolves.toEqual([event('a')]);
    });

    it('lets a released event be claimed again, and prunes old claims', async () => {
      await log.claim([event('a'), event('b')], nov(1));
      await log.release(['a']);
      await expect(log.claim([event('a')], nov(2))).resolves.toEqual([
        event('a'),
      ]);
      await expect(log.prune(nov(2))).resolves.toBe(1);
      await expect(log.claim([event('b')], nov(3))).resolves.toEqual([
        event('b'),
      ]);
      await expect(log.claim([event('a')], nov(3))).resolves.toEqual([]);
    });
  },
);
