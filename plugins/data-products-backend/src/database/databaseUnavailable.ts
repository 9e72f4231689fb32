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

/**
 * SQLSTATEs of a connection that failed or of a server going away:
 * connection exceptions (class 08), the server shutting down or starting
 * (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now) or
 * full (53300 too many connections).
 */
const SERVER_GONE_CODES = new Set([
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  // too many connections: the server is there but takes no more for now
  '53300',
]);

/** The socket's own errors when the server does not answer or hangs up. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
]);

/**
 * What node-postgres and knex say when a connection is lost or none can be
 * had: "Connection terminated unexpectedly", "Client has encountered a
 * connection error and is not queryable", "Knex: Timeout acquiring a
 * connection. The pool is probably full". A query timeout is not one of
 * them: the database answered, too slowly.
 */
const CONNECTION_LOST =
  /Connection terminated|is not queryable|Timeout acquiring a connection/;

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
}

function signalsOutage(error: ErrorLike): boolean {
  const code = String(error.code ?? '');
  return (
    SERVER_GONE_CODES.has(code) ||
    SOCKET_CODES.has(code) ||
    CONNECTION_LOST.test(String(error.message ?? ''))
  );
}

/**
 * A failed `fetch` carries the socket's error as its cause: that is another
 * service not answering, not the database.
 */
function isFetchFailure(error: ErrorLike): boolean {
  return error.name === 'TypeError' && error.message === 'fetch failed';
}

/**
 * Whether `error` says the database is unreachable (down, restarting, the
 * network to it cut), so that the same work may succeed once it is back:
 * PostgreSQL's and knex's connection errors, here or in the error another
 * plugin answered with (the catalog's, as a ResponseError's cause). A
 * database that refused the statement (a constraint, a syntax error, a
 * query timeout) or SQLite busy with another writer does not count: a
 * retry would fail the same way, or is the driver's to make.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // Errors wrap errors: ours, knex's, a ResponseError of another plugin's.
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const candidate = current as ErrorLike;
    if (isFetchFailure(candidate)) return false;
    if (signalsOutage(candidate)) return true;
    current = candidate.cause;
  }
  return false;
}

/**
 * Whether the plugin's database answers now: false only when it is
 * unreachable as {@link isDatabaseUnavailable} tells. Another plugin's 500
 * may hide why it failed (Backstage answers "An internal error occurred"
 * for PostgreSQL's own errors, 57P01 and 57P03 among them); when our own
 * database, on the same server as a rule, does not answer either, the
 * database is what failed.
 */
export async function databaseAnswers(database: {
  getClient(): Promise<Knex>;
}): Promise<boolean> {
  try {
    await (await database.getClient()).raw('select 1');
    return true;
  } catch (error) {
    return !isDatabaseUnavailable(error);
  }
}
