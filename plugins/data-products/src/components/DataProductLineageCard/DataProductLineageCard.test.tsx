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

import type { Entity } from '@backstage/catalog-model';
import {
  catalogGraphApiRef,
  catalogGraphRouteRef,
  DefaultCatalogGraphApi,
} from '@backstage/plugin-catalog-graph';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import { ordersDaily } from '../../__fixtures__/dataProducts';
import { mockDataProductsApi } from '../../__testUtils__/mockDataProductsApi';
import { DataProductLineageCard } from './DataProductLineageCard';

const ref = (name: string) => `dataproduct:default/${name}`;
const relation = (type: string) => (name: string) => ({
  type,
  targetRef: ref(name),
});
const dependsOn = relation('dependsOn');
const dependencyOf = relation('dependencyOf');
const product = (
  name: string,
  relations: Entity['relations'],
  spec: Entity['spec'] = {},
): Entity => ({
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: { name, namespace: 'default' },
  spec,
  relations,
});
const reads = (dataProduct: string, port: string, version?: string) => ({
  name: `from-${dataProduct}`,
  dataProduct,
  port,
  version,
});

// pos-events -> orders-raw -> orders-daily -> revenue, where returns-daily
// also reads orders-raw (a sibling) and revenue also reads marketing-spend.
// orders-daily reads orders-raw's orders-cdc without a version: the newest
// that is not deprecated, v2.0.0
const ordersDailyInCatalog: Entity = {
  ...ordersDaily,
  metadata: { ...ordersDaily.metadata, namespace: 'default' },
  relations: [
    dependsOn('orders-raw'),
    dependencyOf('revenue'),
    { type: 'ownedBy', targetRef: 'group:default/sales-data' },
    { type: 'consumesApi', targetRef: 'api:default/orders-cdc' },
  ],
};
const mesh: Entity[] = [
  ordersDailyInCatalog,
  product('pos-events', [dependencyOf('orders-raw')], {
    outputPorts: [{ name: 'events', version: '1.2.0' }],
  }),
  product(
    'orders-raw',
    [
      dependsOn('pos-events'),
      dependencyOf('orders-daily'),
      dependencyOf('returns-daily'),
    ],
    {
      inputPorts: [reads('pos-events', 'events', '1.0.0')],
      outputPorts: [
        { name: 'orders-cdc', version: '1.4.0', deprecated: true },
        { name: 'orders-cdc', version: '2.0.0' },
      ],
    },
  ),
  product('returns-daily', [dependsOn('orders-raw')]),
  product(
    'revenue',
    [dependsOn('orders-daily'), dependsOn('marketing-spend')],
    { inputPorts: [reads('orders-daily', 'orders-v2')] },
  ),
  product('marketing-spend', [dependencyOf('revenue')]),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'sales-data', namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: [{ type: 'ownerOf', targetRef: ref('orders-daily') }],
  },
];

async function renderCard(
  entity: Entity,
  catalogApi = catalogApiMock({ entities: mesh }),
) {
  const getEntitiesByRefs = jest.spyOn(catalogApi, 'getEntitiesByRefs');
  const { container } = await renderInTestApp(
    <TestApiProvider
      apis={[
        [catalogApiRef, catalogApi],
        [catalogGraphApiRef, new DefaultCatalogGraphApi()],
        // nothing observed: ObservedReads.test.tsx shows what is
        [dataProductsApiRef, mockDataProductsApi({ getFacts: async () => [] })],
      ]}
    >
      <EntityProvider entity={entity}>
        <DataProductLineageCard />
      </EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/catalog-graph': catalogGraphRouteRef,
      },
    },
  );
  return { container, getEntitiesByRefs };
}

// The card reads the lineage hop by hop and lays out the catalog graph's
// SVG: seconds on a loaded 2-core machine.
jest.setTimeout(20_000);

describe('DataProductLineageCard', () => {
  beforeAll(() => {
    // jsdom lays nothing out; the graph measures its node labels
    Object.defineProperty(window.SVGElement.prototype, 'getBBox', {
      value: () => ({ x: 0, y: 0, width: 100, height: 20 }),
      configurable: true,
    });
  });

  it('shows the upstream and downstream chains two hops out, and no siblings', async () => {
    const { getEntitiesByRefs } = await renderCard(ordersDailyInCatalog);

    expect(
      await screen.findByRole('heading', { name: 'Lineage' }),
    ).toBeInTheDocument();
    // two hops upstream: the graph has read the siblings by now too
    expect(await screen.findByText('pos-events')).toBeInTheDocument();
    expect(screen.getByText('orders-raw')).toBeInTheDocument();
    expect(screen.getByText('Orders (daily)')).toBeInTheDocument();
    expect(screen.getByText('revenue')).toBeInTheDocument();
    expect(screen.queryByText('returns-daily')).not.toBeInTheDocument();
    expect(screen.queryByText('marketing-spend')).not.toBeInTheDocument();
    expect(screen.queryByText('sales-data')).not.toBeInTheDocument();
    expect(screen.queryByText('orders-cdc')).not.toBeInTheDocument();
    // beside the declared graph, what the jobs were seen reading
    expect(
      screen.getByRole('heading', { name: 'Observed reads' }),
    ).toBeInTheDocument();

    // each edge says which port version the reader reads
    expect(screen.getByText('orders-cdc v2.0.0')).toBeInTheDocument();
    expect(screen.getByText('events v1.2.0')).toBeInTheDocument();
    expect(screen.getByText('orders-v2')).toBeInTheDocument();
    expect(screen.queryByText(/dependsOn/)).not.toBeInTheDocument();

    // one batch per hop per direction; the last hop is the graph's to read
    // (the card's reads ask for relations only, the graph's for everything);
    // then one batch for the ports of the whole lineage
    const fields = ['kind', 'metadata', 'relations'];
    const lineageReads = getEntitiesByRefs.mock.calls.filter(
      ([request]) => request.fields,
    );
    expect(lineageReads).toEqual(
      expect.arrayContaining([
        [{ entityRefs: [ref('orders-raw')], fields }],
        [{ entityRefs: [ref('revenue')], fields }],
        [
          {
            entityRefs: [ref('orders-raw'), ref('pos-events'), ref('revenue')],
            fields: expect.arrayContaining(['spec.inputPorts']),
          },
        ],
      ]),
    );
    expect(lineageReads).toHaveLength(3);

    const deepLink = screen.getByRole('link', { name: /graph/i });
    const params = new URL(deepLink.getAttribute('href')!, 'http://x')
      .searchParams;
    expect(params.getAll('selectedKinds[]')).toEqual(['DataProduct']);
    expect(params.getAll('selectedRelations[]')).toEqual([
      'dependsOn',
      'dependencyOf',
    ]);
    expect(params.get('maxDepth')).toBe('2');
  });

  it('says so when the product reads no product and none reads it', async () => {
    const alone = product('store-footfall', [
      { type: 'ownedBy', targetRef: 'group:default/sales-data' },
    ]);
    const { getEntitiesByRefs } = await renderCard(
      alone,
      catalogApiMock({ entities: [alone] }),
    );

    expect(
      await screen.findByText(
        /store-footfall reads from no other data product/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Lineage' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /graph/i }),
    ).not.toBeInTheDocument();
    expect(getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it('shows why the lineage did not load, and loads it again on Retry', async () => {
    const catalogApi = catalogApiMock({ entities: mesh });
    const read = catalogApi.getEntitiesByRefs.bind(catalogApi);
    let answer = () => {};
    jest
      .spyOn(catalogApi, 'getEntitiesByRefs')
      // the first attempt reads both directions at once: one read fails
      .mockRejectedValueOnce(new Error('Catalog unavailable'))
      .mockImplementationOnce(read)
      // the retry's first read waits, to show the progress
      .mockImplementationOnce(
        request =>
          new Promise(resolve => {
            answer = () => resolve(read(request));
          }),
      );
    await renderCard(ordersDailyInCatalog, catalogApi);

    expect(
      await screen.findByText('Could not load lineage'),
    ).toBeInTheDocument();
    expect(screen.getByText('Catalog unavailable')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('progressbar', { name: 'Loading lineage' }),
    ).toBeInTheDocument();
    answer();
    expect(await screen.findByText('pos-events')).toBeInTheDocument();
    expect(screen.queryByText('returns-daily')).not.toBeInTheDocument();
  });

  it('renders nothing for other kinds', async () => {
    const { container } = await renderCard(mesh[6]);
    expect(container).toBeEmptyDOMElement();
  });
});
