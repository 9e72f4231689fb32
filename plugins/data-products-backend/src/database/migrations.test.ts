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

const BROWSE_COLUMNS = [
  'status',
  'product_type',
  'classification',
  'tags',
  'description',
];

/** What each migration adds: tables, columns (table.column) or indexes (index:name). */
const addedBy = {
  '20261121000000_scorecards.js': ['scorecard_results', 'scorecard_history'],
  '20261121120000_facts_and_waivers.js': [
    'data_product_facts',
    'data_product_waivers',
    'data_product_waiver_events',
  ],
  '20261201000000_browse_columns.js': BROWSE_COLUMNS.map(
    column => `scorecard_results.${column}`,
  ),
  '20261215000000_notifications_sent.js': ['data_product_notifications_sent'],
  '20261220000000_fact_sources.js': [
    'data_product_facts.source',
    'data_product_unplaced_results',
  ],
  '20261228000000_change_history.js': [
    'data_product_baselines',
    'data_product_changes',
  ],
  '20261229000000_change_queue.js': ['data_product_change_queue'],
  '20261230000000_title_order_index.js': [
    'index:scorecard_results_title_order_idx',
  ],
};

async function hasIndex(knex: Knex, name: string) {
  const client = String(knex.client.config.client);
  const rows = client.includes('sqlite')
    ? await knex('sqlite_master').where({ type: 'index', name })
    : await knex('pg_indexes').where({ indexname: name });
  return rows.length > 0;
}

async function existing(knex: Knex, names: string[]) {
  const present = [];
  for (const name of names) {
    if (name.startsWith('index:')) {
      if (await hasIndex(knex, name.slice('index:'.length))) present.push(name);
      continue;
    }
    const [table, column] = name.split('.');
    const exists = column
      ? (await knex.schema.hasTable(table)) &&
        (await knex.schema.hasColumn(table, column))
      : await knex.schema.hasTable(table);
    if (exists) present.push(name);
  }
  return present;
}

describe.each(databases.eachSupportedId())('migrations on %s', databaseId => {
  it('go up one at a time and down again, each reversing its own changes', async () => {
    const knex = await databases.init(databaseId);
    const steps = Object.entries(addedBy);
    for (const [, names] of steps) {
      await knex.migrate.up({ directory });
      expect(await existing(knex, names)).toEqual(names);
    }
    for (const [, names] of [...steps].reverse()) {
      await knex.migrate.down({ directory });
      expect(await existing(knex, names)).toEqual([]);
    }
    const all = steps.flatMap(([, names]) => names);
    await knex.migrate.latest({ directory });
    expect(await existing(knex, all)).toEqual(all);
  });

  it('gives rows stored before the browse columns no tags rather than NULL', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.up({ directory });
    await knex('scorecard_results').insert({
      entity_ref: 'dataproduct:default/orders',
      level: 'none',
      score: 0,
      failing_rule_ids: '',
      results: '[]',
      fingerprint: 'f',
      evaluated_at: new Date(),
    });
    await knex.migrate.latest({ directory });
    expect(
      await knex('scorecard_results').first('status', 'tags', 'description'),
    ).toEqual({ status: null, tags: '', description: null });
  });
});
