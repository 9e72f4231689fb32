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
import { ordersDaily } from '../../__fixtures__/dataProducts';
import { DataProductLineageCard } from './DataProductLineageCard';

const self = 'dataproduct:default/orders-daily';
const product = (name: string, relations: Entity['relations']): Entity => ({
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: { name, namespace: 'default' },
  spec: {},
  relations,
});

const root: Entity = {
  ...ordersDaily,
  metadata: { ...ordersDaily.metadata, namespace: 'default' },
  relations: [
    { type: 'dependsOn', targetRef: 'dataproduct:default/orders-raw' },
    { type: 'dependencyOf', targetRef: 'dataproduct:default/revenue' },
    { type: 'ownedBy', targetRef: 'group:default/sales-data' },
    { type: 'consumesApi', targetRef: 'api:default/orders-cdc' },
  ],
};
const entities: Entity[] = [
  root,
  product('orders-raw', [
    { type: 'dependencyOf', targetRef: self },
    { type: 'dependsOn', targetRef: 'dataproduct:default/pos-events' },
  ]),
  product('pos-events', [
    { type: 'dependencyOf', targetRef: 'dataproduct:default/orders-raw' },
  ]),
  product('revenue', [{ type: 'dependsOn', targetRef: self }]),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'sales-data', namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: [{ type: 'ownerOf', targetRef: self }],
  },
];

describe('DataProductLineageCard', () => {
  beforeAll(() => {
    // jsdom lays nothing out; the graph measures its node labels
    Object.defineProperty(window.SVGElement.prototype, 'getBBox', {
      value: () => ({ x: 0, y: 0, width: 100, height: 20 }),
      configurable: true,
    });
  });

  it('shows upstream and downstream products two hops out, and nothing else', async () => {
    const catalogApi = catalogApiMock({ entities });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [catalogApiRef, catalogApi],
          [catalogGraphApiRef, new DefaultCatalogGraphApi()],
        ]}
      >
        <EntityProvider entity={root}>
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

    expect(
      await screen.findByRole('heading', { name: 'Lineage' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('orders-raw')).toBeInTheDocument();
    expect(screen.getByText('revenue')).toBeInTheDocument();
    expect(screen.getByText('pos-events')).toBeInTheDocument();
    expect(screen.queryByText('sales-data')).not.toBeInTheDocument();
    expect(screen.queryByText('orders-cdc')).not.toBeInTheDocument();

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

  it('renders nothing for other kinds', async () => {
    const { container } = await renderInTestApp(
      <EntityProvider entity={entities[4]}>
        <DataProductLineageCard />
      </EntityProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
