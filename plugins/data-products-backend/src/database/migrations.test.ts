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

import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
const directory = resolvePackagePath(
  '@meshwork/plugin-data-products-backend',
  'migrations',
);

const tablesOf = {
  '20261121000000_scorecards.js': ['scorecard_results', 'scorecard_history'],
  '20261121120000_facts_and_waivers.js': [
    'data_product_facts',
    'data_product_waivers',
    'data_product_waiver_events',
  ],
};

async function existing(knex: Knex, tables: string[]) {
  const present = [];
  for (const table of tables) {
    if (await knex.schema.hasTable(table)) present.push(table);
  }
  return present;
}

describe.each(databases.eachSupportedId())('migrations on %s', databaseId => {
  it('go up one at a time and down again, each reversing its own tables', async () => {
    const knex = await databases.init(databaseId);
    const steps = Object.entries(tablesOf);
    for (const [, tables] of steps) {
      await knex.migrate.up({ directory });
      expect(await existing(knex, tables)).toEqual(tables);
    }
    for (const [, tables] of [...steps].reverse()) {
      await knex.migrate.down({ directory });
      expect(await existing(knex, tables)).toEqual([]);
    }
    const all = steps.flatMap(([, tables]) => tables);
    await knex.migrate.latest({ directory });
    expect(await existing(knex, all)).toEqual(all);
  });
});
