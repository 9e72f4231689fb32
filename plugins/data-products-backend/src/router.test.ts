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
  mockCredentials,
  mockErrorHandler,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { DatabaseScorecardStore } from './database/DatabaseScorecardStore';
import { createRouter } from './router';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

describe('createRouter', () => {
  let baseUrl: string;
  let close: () => void;

  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    const store = await DatabaseScorecardStore.create({
      database: { getClient: async () => knex },
    });
    await store.saveScorecards(
      [
        {
          scorecard: {
            entityRef: 'dataproduct:default/orders',
            level: 'bronze',
            score: 80,
            results: [],
          },
          title: 'Orders',
        },
      ],
      new Date('2026-11-21T10:00:00Z'),
    );
    const router = await createRouter({
      httpAuth: mockServices.httpAuth(),
      store,
      rules: builtinScorecardRules,
    });
    const server = express().use(router).use(mockErrorHandler()).listen(0);
    baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const get = (path: string, header = mockCredentials.user.header()) =>
    fetch(`${baseUrl}${path}`, { headers: { Authorization: header } });

  it('lists the active rules with level, weight and what to do', async () => {
    const response = await get('/rules');
    expect(response.status).toBe(200);
    const { items } = await response.json();
    expect(items).toHaveLength(17);
    expect(items[0]).toEqual({
      id: 'has-owner',
      title: 'Has an owner',
      level: 'bronze',
      weight: 1,
      description:
        'Set spec.owner to a Group (or User) that exists in the catalog.',
    });
  });

  it("serves one product's scorecard and history, and says when there is none", async () => {
    const response = await get('/scorecards/dataproduct/default/orders');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      entityRef: 'dataproduct:default/orders',
      level: 'bronze',
      score: 80,
    });
    const history = await (
      await get('/scorecards/dataproduct/default/orders/history')
    ).json();
    expect(history.items).toEqual([
      {
        level: 'bronze',
        score: 80,
        states: {},
        recordedAt: '2026-11-21T10:00:00.000Z',
      },
    ]);
    const missing = await get('/scorecards/dataproduct/default/ghost');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toBe(
      'No scorecard for dataproduct:default/ghost: not a data product, or not evaluated yet',
    );
  });

  it('lists scorecards a page at a time, with filters taking short refs', async () => {
    const page = await (
      await get('/scorecards?limit=10&owner=sales-data&level=bronze')
    ).json();
    expect(page).toEqual({ items: [] });
    const all = await (await get('/scorecards')).json();
    expect(all.items).toEqual([
      expect.objectContaining({
        entityRef: 'dataproduct:default/orders',
        title: 'Orders',
        level: 'bronze',
        score: 80,
      }),
    ]);
  });

  it('answers bad listing parameters with 400, naming them', async () => {
    const cases: Array<[string, string]> = [
      [
        '/scorecards?limit=0',
        'limit: Number must be greater than or equal to 1',
      ],
      [
        '/scorecards?level=platinum',
        "level: Invalid enum value. Expected 'none' | 'bronze' | 'silver' | 'gold', received 'platinum'",
      ],
      [
        '/scorecards?failing=Has%20Owner',
        'failing: expected a rule id such as has-owner',
      ],
      [
        '/scorecards?owner=group%3A',
        'owner: expected an entity ref such as group:my-name',
      ],
      ['/scorecards?colour=red', 'unknown parameters colour'],
    ];
    for (const [path, message] of cases) {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toBe(message);
    }
  });

  it('refuses requests without credentials', async () => {
    expect((await get('/rules', mockCredentials.none.header())).status).toBe(
      401,
    );
    expect(
      (
        await get(
          '/scorecards/dataproduct/default/orders',
          mockCredentials.none.header(),
        )
      ).status,
    ).toBe(401);
  });
});
