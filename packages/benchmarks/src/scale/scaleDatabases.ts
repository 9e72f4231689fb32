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

/**
 * The run's databases on the PostgreSQL server: one per plugin, as a
 * production backend keeps them, each named with a prefix of this run's own
 * so that nothing else on the server is touched, and all dropped at the end.
 */
export class ScaleDatabases {
  readonly prefix = `meshwork_bench_scale_${process.pid}_${Date.now() % 1e6}_`;
  readonly #server: string;
  readonly #open: Knex[] = [];

  constructor(server: string) {
    this.#server = server;
  }

  /** A connection to one plugin's database, closed with the rest by drop(). */
  plugin(pluginId: string): Knex {
    const url = new URL(this.#server);
    url.pathname = `/${this.prefix}${pluginId}`;
    const knex = knexFactory({
      client: 'pg',
      connection: url.toString(),
      pool: { min: 0, max: 2 },
    });
    this.#open.push(knex);
    return knex;
  }

  /** How many more connections the server takes now: it is shared, and each replica opens a pool per plugin. */
  async freeConnections(): Promise<number> {
    const admin = this.#admin();
    try {
      const { rows } = await admin.raw(
        `select current_setting('max_connections')::int
           - current_setting('superuser_reserved_connections')::int
           - (select count(*) from pg_stat_activity) as free`,
      );
      return Number(rows[0].free);
    } finally {
      await admin.destroy();
    }
  }

  /**
   * The server processes serving the run's databases now (PostgreSQL runs
   * a process per connection): with the server on this machine, their CPU
   * is the database's share of the run's work.
   */
  async serverPids(): Promise<number[]> {
    const admin = this.#admin();
    try {
      const { rows } = await admin.raw(
        'select pid from pg_stat_activity where starts_with(datname, ?)',
        [this.prefix],
      );
      return (rows as Array<{ pid: number }>).map(row => row.pid);
    } finally {
      await admin.destroy();
    }
  }

  /** Closes the benchmark's connections and drops every database of the run. */
  async drop(): Promise<string[]> {
    await Promise.all(this.#open.splice(0).map(knex => knex.destroy()));
    const admin = this.#admin();
    try {
      const { rows } = await admin.raw(
        'select datname from pg_database where starts_with(datname, ?)',
        [this.prefix],
      );
      const names = (rows as Array<{ datname: string }>).map(r => r.datname);
      for (const name of names) {
        await admin.raw('drop database if exists ?? with (force)', [name]);
      }
      return names;
    } finally {
      await admin.destroy();
    }
  }

  /** A connection to the server's own database, for what no plugin's database holds. */
  #admin(): Knex {
    const url = new URL(this.#server);
    url.pathname = '/postgres';
    return knexFactory({
      client: 'pg',
      connection: url.toString(),
      pool: { min: 0, max: 1 },
    });
  }
}
