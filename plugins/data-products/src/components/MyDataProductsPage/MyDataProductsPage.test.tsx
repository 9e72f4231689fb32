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

import { identityApiRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  dataProductsApiRef,
  type DataProductListQuery,
  type DataProductsApi,
} from '@meshwork/plugin-data-products-react';
import {
  listItem,
  listResponse,
  mockDataProductsApi,
} from '../../__testUtils__/mockDataProductsApi';
import { rootRouteRef } from '../../routes';
import { MyDataProductsPage } from './MyDataProductsPage';

const salesData = 'group:default/sales-data';
const analytics = 'group:default/analytics';

const products = [
  listItem({
    entityRef: 'dataproduct:default/refunds',
    name: 'refunds',
    title: 'Refunds',
    level: 'bronze',
    score: 40,
    failingRuleIds: ['sla-declared', 'has-schema'],
  }),
  listItem({ level: 'silver', score: 82, failingRuleIds: ['sla-declared'] }),
  listItem({
    entityRef: 'dataproduct:default/web-sessions',
    name: 'web-sessions',
    title: 'Web sessions',
    ownerRef: analytics,
    level: 'gold',
    score: 100,
    failingRuleIds: [],
  }),
];

/** The table asks for a page; the headline asks for everything, worst first. */
async function answer(query: DataProductListQuery) {
  if (query.limit === 500) return listResponse(products, { limit: 500 });
  return listResponse(products.slice(0, 1), {
    offset: query.offset,
    limit: query.limit,
    totalCount: 60,
  });
}

function renderPage(api: DataProductsApi, ownershipEntityRefs: string[]) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [dataProductsApiRef, api],
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: 'user:default/alice',
            ownershipEntityRefs,
          }),
        ],
      ]}
    >
      <MyDataProductsPage />
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/data-products': rootRouteRef,
      },
    },
  );
}

describe('MyDataProductsPage', () => {
  it("lists the products of the user's groups and points at those failing a rule", async () => {
    const api = mockDataProductsApi({ listProducts: answer });
    await renderPage(api, ['user:default/alice', salesData, analytics]);

    expect(
      await screen.findByText(
        'Your groups own 3 data products: 1 below silver, 2 failing at least one rule.',
      ),
    ).toBeInTheDocument();
    expect(api.listProducts).toHaveBeenCalledWith({
      owner: [salesData, analytics],
      sort: 'title',
      order: 'asc',
      offset: 0,
      limit: 25,
    });
    expect(api.listProducts).toHaveBeenCalledWith({
      owner: [salesData, analytics],
      sort: 'score',
      order: 'asc',
      limit: 500,
    });
    expect(
      screen.getByText('Owned by your groups: sales-data, analytics.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Refunds: 2 failing rules' }),
    ).toHaveAttribute('href', '/catalog/default/dataproduct/refunds/scorecard');
    expect(
      screen.getByRole('link', { name: 'Orders daily: 1 failing rule' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/orders-daily/scorecard',
    );
    expect(
      screen.queryByRole('link', { name: /Web sessions:/ }),
    ).not.toBeInTheDocument();

    const table = await screen.findByRole('table', {
      name: 'Your data products',
    });
    for (const column of ['Domain', 'Owner', 'Status', 'Level', 'Score']) {
      expect(
        within(table).getByRole('columnheader', { name: new RegExp(column) }),
      ).toBeInTheDocument();
    }
  });

  it('sorts and pages on the server', async () => {
    const api = mockDataProductsApi({ listProducts: answer });
    await renderPage(api, [salesData]);
    const table = await screen.findByRole('table', {
      name: 'Your data products',
    });
    await within(table).findByRole('link', { name: /Refunds/ });

    await userEvent.click(
      within(table).getByRole('columnheader', { name: /Score/ }),
    );
    expect(api.listProducts).toHaveBeenLastCalledWith({
      owner: [salesData],
      sort: 'score',
      order: 'asc',
      offset: 0,
      limit: 25,
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Next table page' }),
    );
    expect(api.listProducts).toHaveBeenLastCalledWith(
      expect.objectContaining({ sort: 'score', offset: 25, limit: 25 }),
    );
  });

  it('explains an empty page when the user is in no group', async () => {
    const api = mockDataProductsApi();
    await renderPage(api, ['user:default/alice']);

    expect(
      await screen.findByText('You are not in any group'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Browse all data products' }),
    ).toHaveAttribute('href', '/data-products');
    expect(api.listProducts).not.toHaveBeenCalled();
  });

  it("explains an empty page when the user's groups own nothing", async () => {
    const api = mockDataProductsApi({
      listProducts: async query =>
        listResponse([], { limit: query.limit, offset: query.offset }),
    });
    await renderPage(api, [salesData]);

    expect(
      await screen.findByText('Your groups own no data products yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('None of sales-data owns a data product.'),
    ).toBeInTheDocument();
  });

  it('shows what failed to load and loads it again on Retry', async () => {
    const api = mockDataProductsApi({ listProducts: answer });
    api.listProducts
      .mockRejectedValueOnce(new Error('backend down'))
      .mockRejectedValueOnce(new Error('backend down'));
    await renderPage(api, [salesData]);

    expect(
      await screen.findByText('Could not load your data products'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Could not load the summary of your products'),
    ).toBeInTheDocument();
    for (const retry of screen.getAllByRole('button', { name: 'Retry' })) {
      await userEvent.click(retry);
    }
    expect(
      await screen.findByText(/^Your groups own 3 data products/),
    ).toBeInTheDocument();
    expect(
      await within(
        await screen.findByRole('table', { name: 'Your data products' }),
      ).findByRole('link', {
        name: /Refunds/,
      }),
    ).toBeInTheDocument();
  });

  it('retries when the identity does not answer', async () => {
    const identity = mockApis.identity.mock({
      getBackstageIdentity: jest
        .fn()
        .mockRejectedValueOnce(new Error('no session'))
        .mockResolvedValue({
          type: 'user',
          userEntityRef: 'user:default/alice',
          ownershipEntityRefs: [salesData],
        }),
    });
    const api = mockDataProductsApi({ listProducts: answer });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [dataProductsApiRef, api],
          [identityApiRef, identity],
        ]}
      >
        <MyDataProductsPage />
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
          '/data-products': rootRouteRef,
        },
      },
    );

    expect(await screen.findByText('no session')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText(/^Your groups own 3 data products/),
    ).toBeInTheDocument();
  });
});
