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
} from '@backstage/backend-test-utils';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  DataProductEntityV1alpha1,
  dataProductToOdps,
} from '@meshwork/plugin-data-products-common';
import express from 'express';
import Router from 'express-promise-router';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parse } from 'yaml';
import { entity, ordersProduct } from '../__testUtils__/fixtures';
import { addOdpsRoutes } from './odpsRoutes';

const outsider = 'user:default/outsider';

/** The orders product with ODPS fields an import kept, under another name. */
function withKept(name: string, odps: object) {
  const product = ordersProduct as DataProductEntityV1alpha1;
  return {
    ...product,
    metadata: { ...product.metadata, name },
    spec: { ...product.spec, customProperties: { odps } },
  };
}

describe('GET /odps/:kind/:namespace/:name', () => {
  const catalog = catalogServiceMock({
    entities: [
      ordersProduct,
      entity('Component', 'orders-service'),
      withKept('orders-vendor', { 'x-vendor': 'acme' }),
      withKept('orders-edited', { productCreatedTs: 'yesterday' }),
    ],
  });
  // As the catalog's read permission would: the outsider sees no product.
  const getEntityByRef = jest.fn(
    async (
      ref: string,
      { credentials }: { credentials: BackstageCredentials },
    ) =>
      (credentials.principal as { userEntityRef?: string }).userEntityRef ===
      outsider
        ? undefined
        : catalog.getEntityByRef(ref),
  );
  let server: Server;
  let baseUrl: string;

  beforeAll(() => {
    const router = Router();
    addOdpsRoutes(router, {
      httpAuth: mockServices.httpAuth(),
      catalog: catalogServiceMock.mock({ getEntityByRef }),
    });
    server = express().use(router).use(mockErrorHandler()).listen(0);
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}${path}`, {
      headers: { Authorization: mockCredentials.user.header(), ...headers },
    });

  const expected = dataProductToOdps(
    ordersProduct as DataProductEntityV1alpha1,
  );

  it('returns the ODPS document as JSON by default', async () => {
    for (const headers of [{}, { Accept: '*/*' }] as Record<string, string>[]) {
      const response = await get('/odps/dataproduct/default/orders', headers);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(
        /^application\/json/,
      );
      expect(response.headers.get('content-disposition')).toBeNull();
      const document = await response.json();
      expect(document).toEqual(expected);
      expect(document).toMatchObject({
        apiVersion: 'v1.1.0',
        kind: 'DataProduct',
        name: 'Orders',
        team: { name: 'sales-data' },
      });
    }
  });

  it('offers a YAML download with ?format=yaml or an Accept that asks for YAML', async () => {
    for (const [path, headers] of [
      ['/odps/dataproduct/default/orders?format=yaml', {}],
      ['/odps/DataProduct/default/orders', { Accept: 'application/yaml' }],
      ['/odps/dataproduct/default/orders', { Accept: 'text/yaml, */*;q=0.1' }],
    ] as const) {
      const response = await get(path, headers);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(
        /^application\/yaml/,
      );
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="orders.odps.yaml"',
      );
      expect(parse(await response.text())).toEqual(expected);
    }
  });

  it('reads the product with the caller’s credentials', async () => {
    getEntityByRef.mockClear();
    await get('/odps/dataproduct/default/orders');
    expect(getEntityByRef).toHaveBeenCalledWith('dataproduct:default/orders', {
      credentials: expect.objectContaining({
        principal: expect.objectContaining({
          userEntityRef: 'user:default/mock',
        }),
      }),
    });
  });

  it('answers 404 for what is not a data product the caller may read', async () => {
    for (const [path, header] of [
      ['/odps/dataproduct/default/nothing', mockCredentials.user.header()],
      ['/odps/component/default/orders-service', mockCredentials.user.header()],
      [
        '/odps/dataproduct/default/orders',
        mockCredentials.user.header(outsider),
      ],
    ]) {
      const response = await get(path, { Authorization: header });
      expect(response.status).toBe(404);
      expect((await response.json()).error.message).toMatch(
        /^No data product /,
      );
    }
  });

  it('writes a kept field ODPS does not know as a custom property', async () => {
    const response = await get('/odps/dataproduct/default/orders-vendor');
    expect(response.status).toBe(200);
    expect((await response.json()).customProperties).toContainEqual({
      property: 'x-vendor',
      value: 'acme',
    });
  });

  it('answers 409 naming each field rather than hand out invalid ODPS', async () => {
    const response = await get('/odps/dataproduct/default/orders-edited');
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toBe(
      'The ODPS export of dataproduct:default/orders-edited would be invalid: $.productCreatedTs: found "yesterday"; expected a date and time such as 2026-01-31T08:00:00Z',
    );
  });

  it('refuses an unknown format, naming the parameter, and anonymous callers', async () => {
    const response = await get('/odps/dataproduct/default/orders?format=xml');
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/^format: /);
    const anonymous = await get('/odps/dataproduct/default/orders', {
      Authorization: mockCredentials.none.header(),
    });
    expect(anonymous.status).toBe(401);
  });
});
