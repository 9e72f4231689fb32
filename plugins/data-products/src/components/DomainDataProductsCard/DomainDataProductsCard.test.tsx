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
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  dataProductsApiRef,
  type DataProductsApi,
} from '@meshwork/plugin-data-products-react';
import {
  listItem,
  listResponse,
  mockDataProductsApi,
} from '../../__testUtils__/mockDataProductsApi';
import { rollup, rollupsResponse } from '../../__testUtils__/rollups';
import { rootRouteRef } from '../../routes';
import { DomainDataProductsCard } from './DomainDataProductsCard';

const domain: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Domain',
  metadata: { name: 'sales' },
  spec: { owner: 'group:default/sales-data' },
};
const domainRef = 'domain:default/sales';

function card(api: DataProductsApi, entity: Entity = domain) {
  return (
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      <EntityProvider entity={entity}>
        <DomainDataProductsCard />
      </EntityProvider>
    </TestApiProvider>
  );
}

function renderCard(api: DataProductsApi) {
  return renderInTestApp(card(api), {
    mountedRoutes: {
      '/catalog/:namespace/:kind/:name': entityRouteRef,
      '/data-products': rootRouteRef,
    },
  });
}

describe('DomainDataProductsCard', () => {
  it("lists the domain's products with its rollup and a link to browse them all", async () => {
    const api = mockDataProductsApi({
      listProducts: async () =>
        listResponse([listItem()], { limit: 10, totalCount: 1 }),
      getRollups: async () =>
        rollupsResponse([
          rollup({
            entityRef: domainRef,
            products: 3,
            ownProducts: 3,
            levels: { gold: 0, silver: 1, bronze: 1, none: 1 },
            averageScore: 61,
            previousAverageScore: 64.2,
          }),
        ]),
    });
    await renderCard(api);

    expect(
      await screen.findByRole('link', { name: /Orders daily/ }),
    ).toBeInTheDocument();
    expect(api.listProducts).toHaveBeenCalledWith({
      domain: [domainRef],
      sort: 'title',
      order: 'asc',
      offset: 0,
      limit: 10,
    });
    expect(api.getRollups).toHaveBeenCalledWith('domain');
    expect(
      screen.getByRole('link', { name: 'sales-data' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('61 of 100')).toBeInTheDocument();
    expect(screen.getByText(/^↓ 3 points since /)).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: '0 gold, 1 silver, 1 bronze, 1 with no level',
      }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('switch', { name: 'Include sub-groups' }),
    ).not.toBeInTheDocument();

    const href = screen
      .getByRole('link', { name: 'See all in the browse page' })
      .getAttribute('href')!;
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/data-products');
    expect(url.searchParams.getAll('domain')).toEqual([domainRef]);
  });

  it('says so when the domain has no products yet', async () => {
    const api = mockDataProductsApi({
      listProducts: async () => listResponse([], { limit: 10 }),
      getRollups: async () => rollupsResponse([]),
    });
    await renderCard(api);
    expect(
      await screen.findByText('This domain has no data products.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No scored data products yet.'),
    ).toBeInTheDocument();
  });

  it('retries a listing that failed', async () => {
    const api = mockDataProductsApi({
      listProducts: async () => listResponse([listItem()], { limit: 10 }),
      getRollups: async () => rollupsResponse([]),
    });
    api.listProducts.mockRejectedValueOnce(new Error('products down'));
    await renderCard(api);

    expect(await screen.findByText('products down')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('link', { name: /Orders daily/ }),
    ).toBeInTheDocument();
  });
  it("shows nothing of the last domain's products on the next domain's page", async () => {
    const finance: Entity = { ...domain, metadata: { name: 'finance' } };
    const api = mockDataProductsApi({
      listProducts: query =>
        query.domain?.includes(domainRef)
          ? Promise.resolve(listResponse([listItem()], { limit: 10 }))
          : new Promise(() => {}), // finance's products are still on their way
      getRollups: async () => rollupsResponse([]),
    });
    const { rerender } = await renderCard(api);
    await screen.findByRole('link', { name: /Orders daily/ });

    rerender(card(api, finance));

    expect(api.listProducts).toHaveBeenLastCalledWith(
      expect.objectContaining({ domain: ['domain:default/finance'] }),
    );
    expect(
      screen.queryByRole('link', { name: /Orders daily/ }),
    ).not.toBeInTheDocument();
  });
});
