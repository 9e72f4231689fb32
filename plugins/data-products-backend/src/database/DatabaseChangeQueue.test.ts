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
import { DatabaseChangeQueue } from './DatabaseChangeQueue';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 7, 10, 0, seconds));
const refs = (changes: { entityRef: string }[]) =>
  changes.map(change => change.entityRef);

describe.each(databases.eachSupportedId())(
  'DatabaseChangeQueue on %s',
  databaseId => {
    let knex: Knex;
    let queue: DatabaseChangeQueue;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      queue = await DatabaseChangeQueue.create({
        database: { getClient: async () => knex },
      });
    });

    afterEach(async () => {
      await knex('data_product_change_queue').del();
    });

    it('holds a change until it has settled, then hands it out for two looks', async () => {
      await queue.add(['api:default/orders', 'group:default/sales'], at(0));
      await expect(queue.due(at(1), 10)).resolves.toEqual([]);
      const first = await queue.due(at(2), 10);
      expect(refs(first).sort()).toEqual([
        'api:default/orders',
        'group:default/sales',
      ]);
      expect(first.every(change => change.looks === 0)).toBe(true);

      await queue.looked(first, at(2), at(32));
      await expect(queue.due(at(31), 10)).resolves.toEqual([]);
      const second = await queue.due(at(32), 10);
      expect(second.map(change => change.looks)).toEqual([1, 1]);
      await queue.looked(second, at(32), at(62));
      await expect(queue.due(at(600), 10)).resolves.toEqual([]);
    });

    it('looks at a change heard many times once, and again if heard after it was read', async () => {
      await queue.add(['dataproduct:default/orders'], at(0));
      await queue.add(['dataproduct:default/orders'], at(1));
      const due = await queue.due(at(4), 10);
      expect(refs(due)).toEqual(['dataproduct:default/orders']);

      // Edited again while its products were being evaluated.
      await queue.add(['dataproduct:default/orders'], at(5));
      await queue.looked(due, at(4), at(34));
      const again = await queue.due(at(7), 10);
      expect(again).toEqual([
        expect.objectContaining({
          entityRef: 'dataproduct:default/orders',
          looks: 0,
        }),
      ]);
    });

    it('hands out at most the limit, oldest first, and takes thousands in one call', async () => {
      const many = Array.from({ length: 1200 }, (_, i) => `api:default/c-${i}`);
      await queue.add(many, at(0));
      await queue.add(['api:default/newer'], at(10));
      const due = await queue.due(at(20), 1200);
      expect(due).toHaveLength(1200);
      expect(refs(due)).not.toContain('api:default/newer');
    });
  },
);
