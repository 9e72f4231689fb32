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

import { TestDatabases } from '@backstage/backend-test-utils';
import { ResponseError } from '@backstage/errors';
import knexFactory, { KnexTimeoutError } from 'knex';
import net from 'node:net';
import { databaseAnswers, isDatabaseUnavailable } from './databaseUnavailable';

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

/** What a query meets on `connection`, as knex throws it. */
async function failureOf(connection: string) {
  const quiet = () => {};
  const knex = knexFactory({
    client: 'pg',
    connection,
    pool: { min: 0 },
    // knex logs each failed connection on the console besides throwing
    log: { warn: quiet, error: quiet, debug: quiet, deprecate: quiet },
  });
  try {
    return await knex.raw('select 1').then(
      () => undefined,
      error => error,
    );
  } finally {
    await knex.destroy();
  }
}

/** The catalog's answer when its own database is down, as a client reads it. */
function catalogFailure(remote: object, status = 500) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({ error: remote, response: { statusCode: status } }),
      { status, headers: { 'Content-Type': 'application/json' } },
    ) as any,
  );
}

describe('isDatabaseUnavailable', () => {
  it('knows a refused connection from node-postgres', async () => {
    const error = await failureOf(
      `postgresql://postgres@127.0.0.1:${await closedPort()}/postgres`,
    );
    expect(error.code).toBe('ECONNREFUSED');
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('knows a connection the server side hung up on', async () => {
    // accepts, then closes at once: as a proxy or a restarting server does
    const server = net.createServer(socket => socket.destroy());
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const error = await failureOf(`postgresql://postgres@127.0.0.1:${port}/x`);
    server.close();
    expect(String(error.message)).toMatch(/Connection terminated|ECONNRESET/);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['terminating connection due to administrator command', '57P01'],
    ['terminating connection due to crash of another server process', '57P02'],
    ['the database system is starting up', '57P03'],
    ['connection does not exist', '08003'],
    ['connection failure', '08006'],
    ['connection exception', '08000'],
    ['sorry, too many clients already', '53300'],
  ])('knows PostgreSQL saying "%s" (%s)', (message, code) => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error(message), { code })),
    ).toBe(true);
  });

  it("knows knex's pool giving up on a connection", () => {
    const error = new KnexTimeoutError(
      'Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    // a query that ran too long had a connection: the database answered
    expect(
      isDatabaseUnavailable(
        new KnexTimeoutError(
          'Defined query timeout of 1000ms exceeded when running query.',
        ),
      ),
    ).toBe(false);
  });

  it("knows the catalog's database being down behind the catalog's 500", async () => {
    const error = await catalogFailure({
      name: 'Error',
      message:
        'select "entities".* from "entities" - connect ECONNREFUSED 127.0.0.1:5432',
      code: 'ECONNREFUSED',
    });
    expect(isDatabaseUnavailable(error)).toBe(true);
    const terminated = await catalogFailure({
      name: 'Error',
      message: 'Connection terminated unexpectedly',
    });
    expect(isDatabaseUnavailable(terminated)).toBe(true);
  });

  it('does not count what a retry would not cure, nor another service down', async () => {
    for (const error of [
      Object.assign(
        new Error('duplicate key value violates unique constraint'),
        {
          code: '23505',
        },
      ),
      Object.assign(new Error('SQLITE_BUSY: database is locked'), {
        code: 'SQLITE_BUSY',
      }),
      new Error('the catalog is down'),
      await catalogFailure(
        { name: 'NotFoundError', message: 'No entity' },
        404,
      ),
      undefined,
      'ECONNREFUSED',
    ]) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
    // fetch's own failure carries the socket's ECONNREFUSED as its cause
    const unreachableService = await fetch(
      `http://127.0.0.1:${await closedPort()}/api/catalog`,
    ).catch(error => error);
    expect(unreachableService.cause.code).toBe('ECONNREFUSED');
    expect(isDatabaseUnavailable(unreachableService)).toBe(false);
  });

  it('follows causes without looping', () => {
    const looped: Error & { cause?: unknown } = new Error('outer');
    looped.cause = looped;
    expect(isDatabaseUnavailable(looped)).toBe(false);
    const wrapped = new Error('could not save', {
      cause: Object.assign(new Error('boom'), { code: '57P01' }),
    });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it.each(databases.eachSupportedId())(
    'says a database that answers answers, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await expect(
        databaseAnswers({ getClient: async () => knex }),
      ).resolves.toBe(true);
    },
  );

  it('says an unreachable database does not answer', async () => {
    const quiet = () => {};
    const knex = knexFactory({
      client: 'pg',
      connection: `postgresql://postgres@127.0.0.1:${await closedPort()}/x`,
      pool: { min: 0 },
      log: { warn: quiet, error: quiet, debug: quiet, deprecate: quiet },
    });
    await expect(
      databaseAnswers({ getClient: async () => knex }),
    ).resolves.toBe(false);
    await knex.destroy();
  });

  it.each(
    databases.eachSupportedId().filter(([id]) => id.startsWith('POSTGRES')),
  )('knows a real PostgreSQL ending the session, %p', async databaseId => {
    const knex = await databases.init(databaseId);
    const error = await knex
      .raw('select pg_terminate_backend(pg_backend_pid())')
      .then(
        () => undefined,
        e => e,
      );
    expect(error?.code).toBe('57P01');
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
