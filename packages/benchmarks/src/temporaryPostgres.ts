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

import knexFactory, { type Knex } from 'knex';

/** The server the browse benchmark uses, as the tests find theirs. */
export function benchmarkPostgres(): string {
  return (
    process.env.MESHWORK_BENCH_POSTGRES ??
    process.env.MESHWORK_TEST_POSTGRES ??
    'postgresql://postgres@127.0.0.1:5432'
  );
}

/**
 * Runs `work` on a new database of the PostgreSQL server at `connection`
 * (a URL whose user may create databases), dropped after.
 */
export async function withTemporaryPostgres<T>(
  connection: string,
  work: (knex: Knex) => Promise<T>,
): Promise<T> {
  const name = `meshwork_bench_${process.pid}_${Date.now()}`;
  const serverUrl = new URL(connection);
  serverUrl.pathname = '/postgres';
  const admin = knexFactory({
    client: 'pg',
    connection: serverUrl.toString(),
    pool: { min: 0, max: 1 },
  });
  try {
    await admin.raw('create database ??', [name]);
    const databaseUrl = new URL(connection);
    databaseUrl.pathname = `/${name}`;
    const knex = knexFactory({
      client: 'pg',
      connection: databaseUrl.toString(),
    });
    try {
      return await work(knex);
    } finally {
      await knex.destroy();
      await admin.raw('drop database if exists ?? with (force)', [name]);
    }
  } finally {
    await admin.destroy();
  }
}
