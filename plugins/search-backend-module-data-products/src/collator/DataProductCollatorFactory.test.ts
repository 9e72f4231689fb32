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

import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { TestPipeline } from '@backstage/plugin-search-backend-node';
import type { DataProductListItem } from '@meshwork/plugin-data-products-common';
import {
  ListingServer,
  startListingServer,
} from '../__testUtils__/listingServer';
import {
  listedProduct,
  listedProducts,
  productEntity,
} from '../__testUtils__/products';
import { DataProductCollatorFactory } from './DataProductCollatorFactory';

describe('DataProductCollatorFactory', () => {
  let server: ListingServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function collate(options: {
    products: DataProductListItem[];
    entities?: ReturnType<typeof productEntity>[];
    batchSize?: number;
    failWith?: number;
    baseUrl?: string;
  }) {
    server = await startListingServer(options);
    const logger = mockServices.logger.mock();
    const auth = mockServices.auth({ pluginId: 'search' });
    const catalog = catalogServiceMock({
      entities:
        options.entities ?? options.products.map(item => productEntity(item)),
    });
    const getEntitiesByRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
    const factory = new DataProductCollatorFactory({
      discovery: mockServices.discovery.mock({
        getBaseUrl: async () => options.baseUrl ?? server!.baseUrl,
      }),
      auth,
      catalog,
      logger,
      batchSize: options.batchSize ?? 200,
    });
    const result = await TestPipeline.fromCollator(
      await factory.getCollator(),
    ).execute();
    return {
      ...result,
      logger,
      auth,
      getEntitiesByRefs,
      requests: server.requests,
    };
  }

  it('pages through the listing in batches and indexes every product once', async () => {
    const products = listedProducts(5);
    const { documents, error, requests } = await collate({
      products,
      batchSize: 2,
    });

    expect(error).toBeUndefined();
    expect(requests.map(({ offset, limit }) => [offset, limit])).toEqual([
      [0, 2],
      [2, 2],
      [4, 2],
    ]);
    expect(documents.map(document => document.title)).toEqual(
      products.map(product => product.title),
    );
  });

  it('asks the catalog once per page, not once per product', async () => {
    const { getEntitiesByRefs } = await collate({
      products: listedProducts(5),
      batchSize: 2,
    });

    expect(getEntitiesByRefs).toHaveBeenCalledTimes(3);
    expect(getEntitiesByRefs.mock.calls[0][0].entityRefs).toEqual([
      'dataproduct:default/product-1',
      'dataproduct:default/product-2',
    ]);
  });

  it('calls the data-products backend as the search plugin', async () => {
    const { requests, auth } = await collate({ products: [listedProduct()] });

    const expected = mockCredentials.service.token({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'data-products',
    });
    expect(requests[0].authorization).toBe(`Bearer ${expected}`);
  });

  it('shapes a document with what a searcher filters and reads by', async () => {
    const orders = listedProduct();
    const { documents } = await collate({
      products: [orders],
      entities: [
        productEntity(orders, {
          purpose: 'Revenue reporting per region.',
          usage: 'Join on order_id with shipments.',
        }),
      ],
    });

    expect(documents).toEqual([
      {
        title: 'Orders daily',
        text: [
          'Every confirmed order line, refreshed nightly.',
          'Revenue reporting per region.',
          'Join on order_id with shipments.',
          'Tags: orders, finance',
        ].join('\n'),
        location: '/catalog/default/dataproduct/orders-daily',
        kind: 'DataProduct',
        entityRef: 'dataproduct:default/orders-daily',
        namespace: 'default',
        name: 'orders-daily',
        domain: 'domain:default/sales',
        owner: 'group:default/sales-data',
        level: 'silver',
        score: 82,
        status: 'active',
        type: 'source-aligned',
        tags: ['orders', 'finance'],
        authorization: { resourceRef: 'dataproduct:default/orders-daily' },
      },
    ]);
  });

  it('keeps every field on a product that declares little, so search engines see the same fields', async () => {
    const bare = listedProduct({
      entityRef: 'dataproduct:ops/bare',
      name: 'bare',
      title: 'bare',
      description: undefined,
      domainRef: undefined,
      ownerRef: undefined,
      status: undefined,
      type: undefined,
      tags: [],
      level: 'none',
      score: 0,
    });
    const entity = productEntity(bare);
    entity.metadata.namespace = 'ops';
    const { documents } = await collate({
      products: [bare],
      entities: [entity],
    });

    expect(documents[0]).toMatchObject({
      text: '',
      location: '/catalog/ops/dataproduct/bare',
      domain: '',
      owner: '',
      status: '',
      type: '',
      tags: [],
      level: 'none',
      authorization: { resourceRef: 'dataproduct:ops/bare' },
    });
  });

  it('says a purpose only once when the description says the same', async () => {
    const orders = listedProduct({ tags: [] });
    const { documents } = await collate({
      products: [orders],
      entities: [productEntity(orders, { purpose: `${orders.description} ` })],
    });

    expect(documents[0].text).toBe(orders.description);
  });

  it('leaves out products that are scored but no longer in the catalog', async () => {
    const [kept, removed] = listedProducts(2);
    const { documents, logger } = await collate({
      products: [kept, removed],
      entities: [productEntity(kept)],
    });

    expect(documents.map(document => document.title)).toEqual([kept.title]);
    expect(logger.info).toHaveBeenCalledWith(
      'Indexed 1 data products, skipped 1 no longer in the catalog',
    );
  });

  it('fails the run, with the status in the log, when the backend answers 500', async () => {
    const { documents, error, logger } = await collate({
      products: listedProducts(3),
      failWith: 500,
    });

    expect(documents).toEqual([]);
    expect(String(error)).toMatch(/answered 500 .*database is gone/);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Could not index data products, the previous index stays.*500/,
      ),
    );
  });

  it('fails the run when the backend cannot be reached', async () => {
    const { error, logger } = await collate({
      products: [],
      // Nothing listens on port 9 of the loopback.
      baseUrl: 'http://127.0.0.1:9/api/data-products',
    });

    expect(String(error)).toMatch(/fetch failed/);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/^Could not index data products/),
    );
  });

  it('indexes nothing, without failing, when no product is scored yet', async () => {
    const { documents, error, requests } = await collate({ products: [] });

    expect(error).toBeUndefined();
    expect(documents).toEqual([]);
    expect(requests).toHaveLength(1);
  });
});
