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

import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  LunrSearchEngine,
  TestPipeline,
} from '@backstage/plugin-search-backend-node';
import type { IndexableDocument } from '@backstage/plugin-search-common';
import {
  ListingServer,
  startListingServer,
} from '../__testUtils__/listingServer';
import { listedProduct, productEntity } from '../__testUtils__/products';
import { DataProductCollatorFactory } from './DataProductCollatorFactory';
import type { DataProductSearchDocument } from './dataProductDocument';

/*
 * The collator's documents in Backstage's own Lunr engine, next to a catalog
 * document, queried as the search page queries: a consumer typing "orders".
 */
describe('data products in search', () => {
  let server: ListingServer;
  let engine: LunrSearchEngine;
  afterEach(() => server.close());

  async function indexed(type: string, documents: IndexableDocument[]) {
    const indexer = await engine.getIndexer(type);
    await TestPipeline.fromIndexer(indexer).withDocuments(documents).execute();
  }

  beforeEach(async () => {
    const orders = listedProduct();
    const shipments = listedProduct({
      entityRef: 'dataproduct:default/shipments',
      name: 'shipments',
      title: 'Shipments',
      description: 'Parcels handed to carriers.',
      domainRef: 'domain:default/logistics',
      tags: ['logistics'],
      level: 'gold',
    });
    server = await startListingServer({ products: [orders, shipments] });
    const factory = new DataProductCollatorFactory({
      discovery: mockServices.discovery.mock({
        getBaseUrl: async () => server.baseUrl,
      }),
      auth: mockServices.auth({ pluginId: 'search' }),
      catalog: catalogServiceMock({
        entities: [orders, shipments].map(item => productEntity(item)),
      }),
      logger: mockServices.logger.mock(),
      batchSize: 200,
    });
    const { documents } = await TestPipeline.fromCollator(
      await factory.getCollator(),
    ).execute();

    engine = new LunrSearchEngine({ logger: mockServices.logger.mock() });
    await indexed('data-product', documents);
    await indexed('software-catalog', [
      {
        title: 'orders-service',
        text: 'Takes orders from the web shop.',
        location: '/catalog/default/component/orders-service',
        kind: 'Component',
      } as IndexableDocument,
    ]);
  });

  it('finds the orders product by a word of its tags and description', async () => {
    const { results } = await engine.query({ term: 'orders' });

    expect(results.map(result => result.document.title)).toContain(
      'Orders daily',
    );
    expect(results.map(result => result.document.title)).not.toContain(
      'Shipments',
    );
  });

  it("narrows to data products with the search page's kind filter", async () => {
    const { results } = await engine.query({
      term: 'orders',
      filters: { kind: 'DataProduct' },
    });

    // Lunr makes the term optional once a filter is required: every data
    // product comes back, the one matching "orders" first.
    expect(results[0].document.title).toBe('Orders daily');
    expect(
      results.map(
        result => (result.document as DataProductSearchDocument).kind,
      ),
    ).toEqual(['DataProduct', 'DataProduct']);
  });

  it('filters data products by level', async () => {
    const { results } = await engine.query({
      term: '',
      types: ['data-product'],
      filters: { level: 'gold' },
    });

    expect(results.map(result => result.document.title)).toEqual(['Shipments']);
  });
});
