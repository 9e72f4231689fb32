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

import type {
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import type { ScorecardRecord } from '../database/ScorecardStore';

/** A scorecard store on a fresh test database, holding `records` saved at `at`. */
export async function storeWithScorecards(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  records: ScorecardRecord[],
  at: Date,
): Promise<{ knex: Knex; store: DatabaseScorecardStore }> {
  const knex = await databases.init(databaseId);
  const store = await DatabaseScorecardStore.create({
    database: { getClient: async () => knex },
  });
  await store.saveScorecards(records, at);
  return { knex, store };
}
