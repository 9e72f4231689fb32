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

import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@meshwork/plugin-data-products-backend',
  'migrations',
);

// Rows per statement: well under SQLite's and PostgreSQL's bound-parameter limits.
const CHUNK = 500;

// Each store connects on its own, and the backend may create them at the
// same time: one migration per database, or they race for knex's lock.
const connections = new WeakMap<DatabaseService, Promise<Knex>>();

/** The plugin's database, migrated to the latest schema unless the operator skips it. */
export function connectDatabase(database: DatabaseService): Promise<Knex> {
  let connection = connections.get(database);
  if (!connection) {
    connection = migrate(database);
    connections.set(database, connection);
    // a failed connection is not kept: the next store tries again
    connection.catch(() => connections.delete(database));
  }
  return connection;
}

async function migrate(database: DatabaseService): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip) {
    await client.migrate.latest({ directory: migrationsDir });
  }
  return client;
}

/** Splits rows into statements of at most 500. */
export function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK)
    result.push(items.slice(i, i + CHUNK));
  return result;
}

/** SQLite returns timestamps as numbers or strings, PostgreSQL as Dates. */
export function toIso(value: Date | string | number): string {
  return new Date(value).toISOString();
}

/**
 * A display text cut to fit one of the store's varchar(255) columns, with an
 * ellipsis: PostgreSQL refuses a longer value, and with it the whole batch
 * of products it came in. Counted in code points, as the database does; the
 * full text stays in the catalog.
 */
export function fitColumn(text: string | undefined, width = 255) {
  if (text === undefined) return null;
  const characters = Array.from(text);
  return characters.length <= width
    ? text
    : `${characters.slice(0, width - 1).join('')}…`;
}
