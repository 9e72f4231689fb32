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
import { GroupDataProductsCard } from './GroupDataProductsCard';

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'sales-data' },
  spec: { type: 'team', children: ['group:default/sales-emea'] },
};
const groupRef = 'group:default/sales-data';

const routes = {
  '/catalog/:namespace/:kind/:name': entityRouteRef,
  '/data-products': rootRouteRef,
};

function card(api: DataProductsApi, entity: Entity = group) {
  return (
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      <EntityProvider entity={entity}>
        <GroupDataProductsCard />
      </EntityProvider>
    </TestApiProvider>
  );
}

function renderCard(
  api: DataProductsApi,
  mountedRoutes: Record<string, any> = routes,
) {
  return renderInTestApp(card(api), { mountedRoutes });
}

const withProducts = () =>
  mockDataProductsApi({
    listProducts: async () =>
      listResponse([listItem()], { limit: 10, totalCount: 1 }),
    getRollups: async () =>
      rollupsResponse([
        rollup({ entityRef: 'group:default/finance', averageScore: 20 }),
        rollup({ ownProducts: 4 }),
      ]),
  });

describe('GroupDataProductsCard', () => {
  it("lists the group's products with the group's rollup and a link to browse them all", async () => {
    const api = withProducts();
    await renderCard(api);

    expect(
      await screen.findByRole('link', { name: /Orders daily/ }),
    ).toHaveAttribute('href', '/catalog/default/dataproduct/orders-daily');
    expect(api.listProducts).toHaveBeenCalledWith({
      owner: [groupRef],
      sort: 'title',
      order: 'asc',
      offset: 0,
      limit: 10,
    });
    expect(api.getRollups).toHaveBeenCalledWith('owner');
    expect(
      screen.queryByRole('columnheader', { name: /Owner/ }),
    ).not.toBeInTheDocument();

    expect(await screen.findByText('78 of 100')).toBeInTheDocument();
    expect(screen.getByText(/^↑ 4 points since /)).toBeInTheDocument();
    expect(
      screen.getByText('4 owned directly, 2 by sub-groups'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: '3 gold, 2 silver, 1 bronze, 0 with no level',
      }),
    ).toBeInTheDocument();

    const browse = screen.getByRole('link', {
      name: 'See all in the browse page',
    });
    const url = new URL(browse.getAttribute('href')!, 'http://localhost');
    expect(url.pathname).toBe('/data-products');
    expect(url.searchParams.getAll('owner')).toEqual([groupRef]);
  });

  it('widens the listing to sub-groups with the switch', async () => {
    const api = withProducts();
    await renderCard(api);
    await screen.findByRole('link', { name: /Orders daily/ });

    await userEvent.click(
      screen.getByRole('switch', { name: 'Include sub-groups' }),
    );

    expect(
      await screen.findByRole('columnheader', { name: /Owner/ }),
    ).toBeInTheDocument();
    expect(api.listProducts).toHaveBeenLastCalledWith({
      underOwner: groupRef,
      sort: 'title',
      order: 'asc',
      offset: 0,
      limit: 10,
    });
    expect(
      screen.getByRole('switch', { name: 'Include sub-groups' }),
    ).toBeChecked();

    await userEvent.click(
      screen.getByRole('switch', { name: 'Include sub-groups' }),
    );
    expect(api.listProducts).toHaveBeenLastCalledWith(
      expect.objectContaining({ owner: [groupRef] }),
    );
  });

  it('says so when the group owns nothing and has no scores', async () => {
    const api = mockDataProductsApi({
      listProducts: async () => listResponse([], { limit: 10 }),
      getRollups: async () =>
        rollupsResponse([rollup({ entityRef: 'group:default/finance' })]),
    });
    await renderCard(api);

    expect(
      await screen.findByText('This group owns no data products.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No scored data products yet.'),
    ).toBeInTheDocument();
  });

  it('shows what failed to load and loads it again on Retry', async () => {
    const api = withProducts();
    api.listProducts.mockRejectedValueOnce(new Error('products down'));
    api.getRollups.mockRejectedValueOnce(new Error('rollups down'));
    await renderCard(api);

    expect(
      await screen.findByText('Could not load data products'),
    ).toBeInTheDocument();
    expect(screen.getByText('products down')).toBeInTheDocument();
    expect(screen.getByText('Could not load scores')).toBeInTheDocument();

    for (const retry of screen.getAllByRole('button', { name: 'Retry' })) {
      await userEvent.click(retry);
    }

    expect(
      await screen.findByRole('link', { name: /Orders daily/ }),
    ).toBeInTheDocument();
    expect(await screen.findByText('78 of 100')).toBeInTheDocument();
    expect(api.listProducts).toHaveBeenCalledTimes(2);
    expect(api.getRollups).toHaveBeenCalledTimes(2);
  });

  it('leaves out the browse link when the app has no data products page', async () => {
    await renderCard(withProducts(), {
      '/catalog/:namespace/:kind/:name': entityRouteRef,
    });
    await screen.findByRole('link', { name: /Orders daily/ });
    expect(
      screen.queryByRole('link', { name: 'See all in the browse page' }),
    ).not.toBeInTheDocument();
  });
  it('says when widening the listing failed, above the rows from before, and retries it', async () => {
    const api = withProducts();
    await renderCard(api);
    await screen.findByRole('link', { name: /Orders daily/ });
    api.listProducts.mockRejectedValueOnce(new Error('products down'));

    await userEvent.click(
      screen.getByRole('switch', { name: 'Include sub-groups' }),
    );

    expect(
      await screen.findByText('Could not load data products'),
    ).toBeInTheDocument();
    expect(screen.getByText('products down')).toBeInTheDocument();
    expect(
      screen.getByText('The rows below are from before this change.'),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('columnheader', { name: /Owner/ }),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('Could not load data products'),
    ).not.toBeInTheDocument();
    expect(api.listProducts).toHaveBeenCalledTimes(3);
    expect(api.listProducts).toHaveBeenLastCalledWith(
      expect.objectContaining({ underOwner: groupRef }),
    );
  });

  it("shows nothing of the last group's products on the next group's page", async () => {
    const finance: Entity = {
      ...group,
      metadata: { name: 'finance' },
    };
    const api = withProducts();
    api.listProducts.mockImplementation(
      async query =>
        query.owner?.includes(groupRef) || query.underOwner === groupRef
          ? listResponse([listItem()], { limit: 10, totalCount: 1 })
          : new Promise(() => {}), // finance's products are still on their way
    );
    const { rerender } = await renderCard(api);
    await screen.findByRole('link', { name: /Orders daily/ });
    await userEvent.click(
      screen.getByRole('switch', { name: 'Include sub-groups' }),
    );
    await screen.findByRole('columnheader', { name: /Owner/ });

    rerender(card(api, finance));

    expect(api.listProducts).toHaveBeenLastCalledWith(
      expect.objectContaining({ owner: ['group:default/finance'] }),
    );
    expect(
      screen.queryByRole('link', { name: /Orders daily/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('switch', { name: 'Include sub-groups' }),
    ).not.toBeChecked();
  });
});
