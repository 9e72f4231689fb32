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

import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import {
  dataProductWaiverDecidePermission,
  dataProductWaiverRequestPermission,
} from '@meshwork/plugin-data-products-common';
import { ordersNeighbours, ordersProduct } from '../__testUtils__/fixtures';
import { startTestRouter } from '../__testUtils__/startTestRouter';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const orders = 'dataproduct:default/orders';
const inDays = (days: number) =>
  new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();

describe('waiver routes', () => {
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  beforeAll(async () => {
    router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [...ordersNeighbours, ordersProduct],
      // As the example policy: owners request, governance decides.
      policy: ({ permission, user, resourceRef }) =>
        (permission === dataProductWaiverRequestPermission.name &&
          user === 'user:default/priya.raman' &&
          resourceRef === orders) ||
        (permission === dataProductWaiverDecidePermission.name &&
          user === 'user:default/grace.adeyemi'),
    });
  });
  afterAll(() => router.close());

  const requestBody = {
    entityRef: 'orders',
    ruleId: 'quality-checks-pass',
    justification: 'The checks are being rewritten this sprint',
    expiresAt: inDays(30),
  };

  it('lets an owner request, governance approve, and the rule turn exempt at once', async () => {
    // A failing data-quality run, reported by the pipeline's service token.
    const reported = await router.call(
      'POST',
      '/facts',
      mockCredentials.service.header(),
      {
        entityRef: orders,
        name: 'quality',
        value: { rate: 0.5 },
      },
    );
    expect(reported.status).toBe(201);
    await router.evaluator.evaluateAll();
    const requested = await router.call(
      'POST',
      '/waivers',
      mockCredentials.user.header('user:default/priya.raman'),
      requestBody,
    );
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      entityRef: orders,
      status: 'requested',
      requestedBy: 'user:default/priya.raman',
    });

    const denied = await router.call(
      'POST',
      `/waivers/${requested.body.id}/approve`,
      mockCredentials.user.header('user:default/priya.raman'),
      {},
    );
    expect(denied.status).toBe(403);

    const approved = await router.call(
      'POST',
      `/waivers/${requested.body.id}/approve`,
      mockCredentials.user.header('user:default/grace.adeyemi'),
      { comment: 'Until the rewrite lands' },
    );
    expect(approved.status).toBe(200);
    expect(approved.body.events.map((e: any) => [e.action, e.actor])).toEqual([
      ['requested', 'user:default/priya.raman'],
      ['approved', 'user:default/grace.adeyemi'],
    ]);

    const scorecard = await router.call(
      'GET',
      '/scorecards/dataproduct/default/orders',
      mockCredentials.user.header(),
    );
    expect(
      scorecard.body.results.find(
        (r: any) => r.ruleId === 'quality-checks-pass',
      ).state,
    ).toBe('exempt');

    const listed = await router.call(
      'GET',
      '/waivers?entityRef=orders&status=approved',
      mockCredentials.user.header(),
    );
    expect(listed.body.items.map((w: any) => w.id)).toEqual([
      requested.body.id,
    ]);
    const again = await router.call(
      'POST',
      `/waivers/${requested.body.id}/reject`,
      mockCredentials.user.header('user:default/grace.adeyemi'),
      {},
    );
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      `Waiver ${requested.body.id} is already approved`,
    );
  });

  it("refuses a waiver request for a product the user doesn't own", async () => {
    const response = await router.call(
      'POST',
      '/waivers',
      mockCredentials.user.header('user:default/oliver.grant'),
      { ...requestBody, ruleId: 'has-docs' },
    );
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe(
      'You may not request waivers for dataproduct:default/orders: the permission policy does not grant you data-products.waiver.request',
    );
  });

  it('answers a bad request with 400 naming the field', async () => {
    const header = mockCredentials.user.header('user:default/priya.raman');
    const cases: Array<[object, string]> = [
      [
        { ...requestBody, expiresAt: inDays(400) },
        'expiresAt: expected a time after now and at most 90 days ahead',
      ],
      [
        { ...requestBody, expiresAt: 'next week' },
        'expiresAt: expected an ISO 8601 timestamp',
      ],
      [
        { ...requestBody, ruleId: 'has-unicorns' },
        'ruleId: no active rule has-unicorns; expected one of GET /rules',
      ],
      [
        { ...requestBody, justification: 'pls' },
        'justification: expected at least 10 characters saying why the rule is waived',
      ],
      [{ ...requestBody, colour: 'red' }, 'unknown fields colour'],
    ];
    for (const [body, message] of cases) {
      const response = await router.call('POST', '/waivers', header, body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
    }
    const notFound = await router.call('POST', '/waivers', header, {
      ...requestBody,
      entityRef: 'ghost',
    });
    expect(notFound.status).toBe(404);
    const badId = await router.call('GET', '/waivers/42', header);
    expect(badId.status).toBe(400);
    expect(badId.body.error.message).toBe('id: expected a waiver id');
  });

  it('tells the request form how far ahead a waiver may end', async () => {
    const response = await router.call(
      'GET',
      '/waivers/limits',
      mockCredentials.user.header(),
    );
    expect(response.status).toBe(200);
    // startTestRouter configures 90 days, the plugin's default
    expect(response.body).toEqual({ maxDurationDays: 90 });
    const anonymous = await router.call(
      'GET',
      '/waivers/limits',
      mockCredentials.none.header(),
    );
    expect(anonymous.status).toBe(401);
  });

  it('takes waiver requests from users, not services', async () => {
    const response = await router.call(
      'POST',
      '/waivers',
      mockCredentials.service.header(),
      requestBody,
    );
    expect(response.status).toBe(403);
  });
});
