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

import fs from 'node:fs';
import path from 'node:path';
import knexFactory from 'knex';
import { benchmarkPostgres } from './temporaryPostgres';

/** Where the portal's backend keeps its plugins' databases for a run. */
export interface PortalDatabase {
  /** APP_CONFIG_ variables over app-config.yaml's backend.database. */
  env: Record<string, string>;
  /** For the report: what and where. */
  description: string;
  /** Removes what the run stored; safe to call twice. */
  drop(): Promise<void>;
}

/**
 * SQLite files in the run's folder (removed with it), as the benchmark has
 * always run the portal.
 */
function sqliteDatabase(workDir: string): PortalDatabase {
  const directory = path.join(workDir, 'sqlite');
  fs.mkdirSync(directory, { recursive: true });
  return {
    env: {
      APP_CONFIG_backend_database_client: 'better-sqlite3',
      APP_CONFIG_backend_database_connection: JSON.stringify({ directory }),
    },
    description: 'SQLite in a temporary folder',
    drop: async () => {},
  };
}

/**
 * One database per plugin on the benchmark's PostgreSQL server, as a
 * production backend keeps them (Backstage's default `pluginDivisionMode`),
 * named with a prefix of this run's own so that nothing else on the server
 * is touched; every database with that prefix is dropped at the end.
 */
function postgresDatabase(): PortalDatabase {
  const connection = benchmarkPostgres();
  const prefix = `meshwork_bench_ui_${process.pid}_${Date.now() % 1e6}_`;
  const server = new URL(connection);
  server.pathname = '/postgres';
  let dropped: Promise<void> | undefined;
  return {
    env: {
      APP_CONFIG_backend_database_client: 'pg',
      APP_CONFIG_backend_database_connection: connection,
      APP_CONFIG_backend_database_prefix: prefix,
    },
    description: `PostgreSQL on ${server.host}, databases ${prefix}*`,
    drop() {
      dropped ??= dropDatabases(server.toString(), prefix);
      return dropped;
    },
  };
}

/** Drops every database whose name starts with `prefix`. */
async function dropDatabases(serverUrl: string, prefix: string) {
  const admin = knexFactory({
    client: 'pg',
    connection: serverUrl,
    pool: { min: 0, max: 1 },
  });
  try {
    const { rows } = await admin.raw(
      'select datname from pg_database where starts_with(datname, ?)',
      [prefix],
    );
    for (const { datname } of rows as Array<{ datname: string }>) {
      await admin.raw('drop database if exists ?? with (force)', [datname]);
    }
  } finally {
    await admin.destroy();
  }
}

/** The run's databases: `sqlite` in `workDir`, or `postgres` on the benchmark's server. */
export function portalDatabase(
  database: 'sqlite' | 'postgres',
  workDir: string,
): PortalDatabase {
  return database === 'postgres' ? postgresDatabase() : sqliteDatabase(workDir);
}
