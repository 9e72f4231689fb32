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

import { createServiceFactory } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { answerDatabaseOutage } from './databaseOutage';
import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  dataProductFactCreatePermission,
  dataProductWaiverDecidePermission,
  dataProductWaiverRequestPermission,
} from '@meshwork/plugin-data-products-common';
import { DatabaseFactStore } from '../database/DatabaseFactStore';
import { DatabaseWaiverStore } from '../database/DatabaseWaiverStore';
import { ordersNeighbours, ordersProduct } from '../__testUtils__/fixtures';
import { startTestRouter } from '../__testUtils__/startTestRouter';
import {
  factStoreServiceRef,
  waiverStoreServiceRef,
} from '../services/storeServiceRefs';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const orders = 'dataproduct:default/orders';
const owner = mockCredentials.user.header('user:default/priya.raman');
const governance = mockCredentials.user.header('user:default/grace.adeyemi');
const pipeline = mockCredentials.service.header();

/** What node-postgres throws while PostgreSQL is down. */
const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
    code: 'ECONNREFUSED',
    syscall: 'connect',
  });

interface Outage {
  on: boolean;
  /** What the store throws while on: PostgreSQL refusing by default. */
  error?: () => Error;
}

/**
 * The real store, every call of which fails as PostgreSQL's would while
 * `outage.on`: the routes meet the outage wherever they touch the store.
 */
function cutOff<T extends object>(store: T, outage: Outage): T {
  return new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        outage.on
          ? Promise.reject((outage.error ?? refused)())
          : value.apply(target, args);
    },
  });
}

describe('routes while the database is unreachable', () => {
  const outage: Outage = { on: false };
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    const database = { getClient: async () => knex };
    router = await startTestRouter({
      knex,
      entities: [...ordersNeighbours, ordersProduct],
      policy: ({ permission, user }) =>
        permission === dataProductFactCreatePermission.name ||
        (permission === dataProductWaiverRequestPermission.name &&
          user === 'user:default/priya.raman') ||
        (permission === dataProductWaiverDecidePermission.name &&
          user === 'user:default/grace.adeyemi'),
      features: [
        createServiceFactory({
          service: factStoreServiceRef,
          deps: {},
          factory: async () =>
            cutOff(await DatabaseFactStore.create({ database }), outage),
        }),
        createServiceFactory({
          service: waiverStoreServiceRef,
          deps: {},
          factory: async () =>
            cutOff(await DatabaseWaiverStore.create({ database }), outage),
        }),
      ],
    });
  });
  afterAll(() => router.close());
  afterEach(() => {
    outage.on = false;
    outage.error = undefined;
  });

  const fact = {
    entityRef: orders,
    name: 'quality',
    value: { rate: 0.99 },
    observedAt: '2026-12-07T09:00:00Z',
  };

  it('answers a fact ingestion 503 naming what was not saved, and the retry saves it once', async () => {
    outage.on = true;
    const during = await fetchWithHeaders('POST', '/facts', pipeline, fact);
    expect(during.status).toBe(503);
    expect(during.retryAfter).toBe('30');
    expect(during.body.error).toMatchObject({
      name: 'ServiceUnavailableError',
      message:
        "The facts were not saved: Meshwork's database is unreachable. Try again in 30 seconds; retrying is safe.",
    });
    // nothing of the driver's words reaches the caller
    expect(JSON.stringify(during.body)).not.toContain('ECONNREFUSED');

    outage.on = false;
    const after = await router.call('POST', '/facts', pipeline, fact);
    expect(after).toEqual({ status: 201, body: { accepted: 1 } });
    const stored = await router.call(
      'GET',
      '/facts/dataproduct/default/orders',
      pipeline,
    );
    expect(stored.body.items).toMatchObject([{ name: 'quality' }]);
  });

  it('answers a waiver decision 503 and decides it once the database is back', async () => {
    const requested = await router.call('POST', '/waivers', owner, {
      entityRef: orders,
      ruleId: 'quality-checks-pass',
      justification: 'The checks are being rewritten this sprint',
      expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    expect(requested.status).toBe(201);
    const approve = `/waivers/${requested.body.id}/approve`;

    outage.on = true;
    const during = await fetchWithHeaders('POST', approve, governance, {});
    expect(during.status).toBe(503);
    expect(during.retryAfter).toBe('30');
    expect(during.body.error.message).toBe(
      `The approval of waiver ${requested.body.id} was not saved: Meshwork's database is unreachable. Try again in 30 seconds; retrying is safe.`,
    );

    outage.on = false;
    const after = await router.call('POST', approve, governance, {});
    expect(after.status).toBe(200);
    expect(after.body.events.map((e: { action: string }) => e.action)).toEqual([
      'requested',
      'approved',
    ]);
  });

  it('answers a read 503 too, and leaves other failures to be 500s', async () => {
    outage.on = true;
    const read = await fetchWithHeaders('GET', '/waivers', governance);
    expect(read.status).toBe(503);
    expect(read.body.error.message).toBe(
      "/api/data-products/waivers could not be read: Meshwork's database is unreachable. Try again in 30 seconds.",
    );
    // a database that answers with an error is not unreachable
    outage.error = () =>
      Object.assign(new Error('value too long for type character varying'), {
        code: '22001',
      });
    const refusedRow = await router.call('POST', '/facts', pipeline, fact);
    expect(refusedRow.status).toBe(500);
    outage.on = false;
    // a refused document is still the caller's to fix
    const invalid = await router.call('POST', '/facts', pipeline, {
      ...fact,
      name: '',
    });
    expect(invalid.status).toBe(400);
  });

  /** A call whose Retry-After header the test reads. */
  async function fetchWithHeaders(
    method: string,
    path: string,
    header: string,
    body?: unknown,
  ) {
    const response = await router.fetch(method, path, header, body);
    return {
      status: response.status,
      retryAfter: response.headers.get('Retry-After'),
      body: await response.json(),
    };
  }
});

describe("another plugin's 500 that hides its cause", () => {
  /** The catalog's answer in production when PostgreSQL refused it a session. */
  const hidden = () =>
    ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'Error',
            message: 'An internal error occurred logId=8c6f0e2a9d41b7c3e5f1',
          },
          response: { statusCode: 500 },
        }),
        { status: 500, headers: { 'Content-Type': 'application/json' } },
      ) as any,
    );

  async function post(databaseAnswers: boolean) {
    const app = express();
    app.post('/facts', (_req, _res, next) => {
      hidden().then(next);
    });
    app.use(
      answerDatabaseOutage(
        mockServices.logger.mock(),
        async () => databaseAnswers,
      ),
    );
    // as Backstage's error handler renders them
    app.use(
      (
        error: Error,
        _req: express.Request,
        res: express.Response,
        _next: express.NextFunction,
      ) => {
        res
          .status(error.name === 'ServiceUnavailableError' ? 503 : 500)
          .json({ message: error.message });
      },
    );
    const server = app.listen(0);
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/facts`, {
        method: 'POST',
      });
      return { status: response.status, body: await response.json() };
    } finally {
      server.close();
    }
  }

  it('is a 503 when our own database does not answer either', async () => {
    await expect(post(false)).resolves.toEqual({
      status: 503,
      body: {
        message:
          "The facts were not saved: Meshwork's database is unreachable. Try again in 30 seconds; retrying is safe.",
      },
    });
  });

  it('stays a 500 when our database answers', async () => {
    expect((await post(true)).status).toBe(500);
  });
});
