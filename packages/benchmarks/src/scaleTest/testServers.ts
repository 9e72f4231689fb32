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
import knexFactory from 'knex';
import net from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../repoRoot';

/** The servers the test needs, as CI and `npm test` find theirs. */
export function testServers() {
  return {
    postgres:
      process.env.MESHWORK_TEST_POSTGRES ??
      'postgresql://postgres@127.0.0.1:5432',
    redis: process.env.MESHWORK_TEST_REDIS ?? 'redis://127.0.0.1:6379',
  };
}

/** Whether something accepts connections where `url` points. */
export function answers(url: string): Promise<boolean> {
  const { hostname, port, protocol } = new URL(url);
  const defaultPort = protocol.startsWith('redis') ? 6379 : 5432;
  return new Promise(resolve => {
    const socket = net.connect(Number(port) || defaultPort, hostname);
    socket.setTimeout(2_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** How many data products the example mesh declares (examples/data-products). */
export function exampleProductCount(): number {
  const dir = path.join(REPO_ROOT, 'examples', 'data-products');
  return fs
    .readdirSync(dir)
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => fs.readFileSync(path.join(dir, name), 'utf8'))
    .reduce(
      (count, text) =>
        count + (text.match(/^kind:\s*DataProduct\s*$/gm) ?? []).length,
      0,
    );
}

/** How many more connections the PostgreSQL server at `url` takes now. */
export async function freeConnections(url: string): Promise<number> {
  const server = new URL(url);
  server.pathname = '/postgres';
  const admin = knexFactory({
    client: 'pg',
    connection: server.toString(),
    pool: { min: 0, max: 1 },
  });
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
