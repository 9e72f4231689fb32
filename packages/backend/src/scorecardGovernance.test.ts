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
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import catalogModuleDataProducts from '@meshwork/plugin-catalog-backend-module-data-products';
import dataProductsPlugin from '@meshwork/plugin-data-products-backend';
import permissionModuleDataProducts from '@meshwork/plugin-permission-backend-module-data-products';
import type { AddressInfo } from 'node:net';
import { examplePolicyConfig } from './__testUtils__/examplePolicy';
import {
  exampleCatalogConfig,
  exampleUserInfo,
} from './__testUtils__/exampleCatalog';

// The governance flow of the example portal, with its real permission
// policy, permission backend and catalog: a domain owner asks to waive a
// rule, a governance member approves, and the rule reads exempt.

jest.setTimeout(120_000);

/**
 * The mock auth service forwards a user's request to another plugin as a
 * bare user; the real one marks the forwarding plugin as the actor, which
 * the permission backend requires before it answers for a resource
 * permission without a resourceRef (as the catalog's reads are).
 */
const authWithActors = createServiceFactory({
  service: coreServices.auth,
  deps: { pluginMetadata: coreServices.pluginMetadata },
  factory({ pluginMetadata }) {
    const pluginId = pluginMetadata.getId();
    const mock = mockServices.auth({ pluginId });
    return Object.assign(Object.create(mock), {
      async getPluginRequestToken(options: any) {
        const { principal } = options.onBehalfOf;
        return principal.type === 'user'
          ? {
              token: mockCredentials.user.token(principal.userEntityRef, {
                actor: { subject: `plugin:${pluginId}` },
              }),
            }
          : mock.getPluginRequestToken(options);
      },
    });
  },
});

describe('waivers in the example portal', () => {
  let baseUrl: string;

  async function call(
    as: string,
    method: string,
    route: string,
    body?: object,
  ) {
    const response = await fetch(`${baseUrl}/api${route}`, {
      method,
      headers: {
        Authorization: as,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: await response.json() };
  }
  const user = (name: string) =>
    mockCredentials.user.header(`user:default/${name}`);

  beforeAll(async () => {
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleDataProducts,
        dataProductsPlugin,
        permissionPlugin,
        permissionModuleDataProducts,
        exampleUserInfo,
        authWithActors,
        mockServices.rootConfig.factory({
          data: {
            permission: { enabled: true },
            catalog: exampleCatalogConfig(),
            dataProducts: { permissions: { policy: examplePolicyConfig } },
          },
        }),
      ],
    });
    baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
    for (let attempt = 0; ; attempt++) {
      const loaded = await call(
        user('guest'),
        'GET',
        '/catalog/entities/by-name/dataproduct/default/orders-daily',
      );
      if (loaded.status === 200 && loaded.body.relations?.length) break;
      if (attempt > 40)
        throw new Error(
          `the example mesh did not load: ${loaded.status} ${JSON.stringify(
            loaded.body,
          ).slice(0, 300)}`,
        );
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  });

  it('lets an owner request, a governance member approve, and the rule turn exempt', async () => {
    const product = 'dataproduct:default/orders-daily';
    // A failing data-quality run, reported by a pipeline with a service token.
    const fact = await call(
      mockCredentials.service.header(),
      'POST',
      '/data-products/facts',
      {
        entityRef: product,
        name: 'quality',
        value: 0.5,
      },
    );
    expect(fact.status).toBe(201);
    const before = await call(
      user('guest'),
      'POST',
      '/data-products/scorecards/dataproduct/default/orders-daily/evaluate',
    );
    expect(
      before.body.results.find((r: any) => r.ruleId === 'quality-checks-pass')
        .state,
    ).toBe('fail');

    const request = {
      entityRef: product,
      ruleId: 'quality-checks-pass',
      justification:
        'The quality suite is being migrated; old checks are noisy.',
      expiresAt: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString(),
    };
    // mei.chen is in finance: not an owner of a sales product.
    const stranger = await call(
      user('mei.chen'),
      'POST',
      '/data-products/waivers',
      request,
    );
    expect(stranger.status).toBe(403);
    // guest is a member of sales-data, which owns orders-daily.
    const requested = await call(
      user('guest'),
      'POST',
      '/data-products/waivers',
      request,
    );
    expect(requested.status).toBe(201);

    const selfService = await call(
      user('guest'),
      'POST',
      `/data-products/waivers/${requested.body.id}/approve`,
      {},
    );
    expect(selfService.status).toBe(403);
    const approved = await call(
      user('elena.petrova'),
      'POST',
      `/data-products/waivers/${requested.body.id}/approve`,
      { comment: 'Until the migration ends' },
    );
    expect(approved.status).toBe(200);
    expect(approved.body.decidedBy).toBe('user:default/elena.petrova');

    const after = await call(
      user('mei.chen'),
      'GET',
      '/data-products/scorecards/dataproduct/default/orders-daily',
    );
    expect(
      after.body.results.find((r: any) => r.ruleId === 'quality-checks-pass'),
    ).toMatchObject({
      state: 'exempt',
      message: expect.stringContaining('Waived until'),
    });
  });

  it('lets a user report facts only as a member of data-platform', async () => {
    const fact = {
      entityRef: 'dataproduct:default/orders-daily',
      name: 'row-count',
      value: 1,
    };
    expect(
      (await call(user('guest'), 'POST', '/data-products/facts', fact)).status,
    ).toBe(403);
    expect(
      (await call(user('grace.adeyemi'), 'POST', '/data-products/facts', fact))
        .status,
    ).toBe(201);
  });
});
