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

import type { Knex } from 'knex';
import { benchmarkPostgres, withTemporaryPostgres } from './temporaryPostgres';
import { withTemporarySqlite } from './temporarySqlite';

/**
 * Runs `work` on a temporary database, SQLite (a file) or PostgreSQL (a
 * database on the benchmark's server), removed after; `where` says which.
 */
export async function withDatabase<T>(
  database: 'sqlite' | 'postgres',
  work: (knex: Knex, where: string) => Promise<T>,
): Promise<T> {
  if (database === 'postgres') {
    const connection = benchmarkPostgres();
    const { host, port } = new URL(connection);
    return withTemporaryPostgres(connection, async knex => {
      // Without autovacuum the new tables are never analyzed: the planner
      // guesses their row counts, as it does on any table loaded moments ago.
      const { rows } = await knex.raw('show autovacuum');
      return work(
        knex,
        `PostgreSQL (pg, a temporary database on ${host || port}, autovacuum ${
          rows[0].autovacuum
        })`,
      );
    });
  }
  return withTemporarySqlite(knex =>
    work(knex, 'SQLite (better-sqlite3, a temporary file)'),
  );
}
