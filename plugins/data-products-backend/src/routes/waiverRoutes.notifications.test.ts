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
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  dataProductWaiverDecidePermission,
  dataProductWaiverRequestPermission,
} from '@meshwork/plugin-data-products-common';
import { ordersNeighbours, ordersProduct } from '../__testUtils__/fixtures';
import { startTestRouter } from '../__testUtils__/startTestRouter';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const owner = 'user:default/priya.raman';
const governor = 'user:default/grace.adeyemi';
const inDays = (days: number) =>
  new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();

describe('waiver routes notify', () => {
  const send = jest.fn<Promise<void>, [NotificationSendOptions]>();
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  beforeAll(async () => {
    router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [...ordersNeighbours, ordersProduct],
      policy: ({ permission, user }) =>
        (permission === dataProductWaiverRequestPermission.name &&
          user === owner) ||
        (permission === dataProductWaiverDecidePermission.name &&
          user === governor),
      notifications: { send },
    });
  });
  afterAll(() => router.close());
  beforeEach(() => send.mockReset().mockResolvedValue(undefined));

  const request = (ruleId: string) =>
    router.call('POST', '/waivers', mockCredentials.user.header(owner), {
      entityRef: 'orders',
      ruleId,
      justification: 'The docs site moves next sprint',
      expiresAt: inDays(30),
    });

  it('governance of a request, then the requester and owners of the decision', async () => {
    const requested = await request('has-docs');
    expect(requested.status).toBe(201);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0][0]).toMatchObject({
      recipients: {
        entityRef: 'group:default/governance',
        excludeEntityRef: owner,
      },
      payload: { topic: 'data-product-waiver-requested' },
    });

    const rejected = await router.call(
      'POST',
      `/waivers/${requested.body.id}/reject`,
      mockCredentials.user.header(governor),
      { comment: 'Write the docs first' },
    );
    expect(rejected.status).toBe(200);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1][0]).toMatchObject({
      recipients: {
        entityRef: [owner, 'group:default/sales-data'],
        excludeEntityRef: governor,
      },
      payload: {
        title: 'Waiver of Has documentation on Orders rejected',
        description: expect.stringContaining('"Write the docs first"'),
      },
    });
  });

  it('still requests and decides when the notification service fails', async () => {
    send.mockRejectedValue(new Error('notifications backend is down'));
    const requested = await request('has-steward');
    expect(requested.status).toBe(201);
    const approved = await router.call(
      'POST',
      `/waivers/${requested.body.id}/approve`,
      mockCredentials.user.header(governor),
      {},
    );
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(send).toHaveBeenCalledTimes(2);
    expect(router.logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('notifications backend is down'),
    );
  });
});
