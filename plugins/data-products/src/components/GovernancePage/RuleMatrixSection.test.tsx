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

import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  dataProductsApiRef,
  type DataProductsApi,
} from '@meshwork/plugin-data-products-react';
import {
  listItem,
  listResponse,
  mockDataProductsApi,
  sampleRules,
} from '../../__testUtils__/mockDataProductsApi';
import { facetsOf } from '../../__testUtils__/governance';
import { backendRefusal } from '../../__testUtils__/backendRefusal';
import { RuleMatrixSection } from './RuleMatrixSection';

const facets = facetsOf({
  domain: [
    { value: 'domain:default/sales', count: 3 },
    { value: 'domain:default/finance', count: 1 },
  ],
  level: [{ value: 'silver', count: 4 }],
  failing: [{ value: 'sla-declared', count: 2 }],
});

const products = [
  listItem(),
  listItem({
    entityRef: 'dataproduct:default/ledger',
    name: 'ledger',
    title: 'General ledger',
    level: 'bronze',
    score: 50,
    states: { 'has-owner': 'exempt' },
  }),
];

function render(api: DataProductsApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      <RuleMatrixSection />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

// A matrix of BUI table cells (react-aria renders each one) and react-aria
// selects, re-rendered on each filter and page: a few seconds a test on a
// loaded 2-core machine.
jest.setTimeout(20_000);

describe('RuleMatrixSection', () => {
  it('shows each product with a state per rule, and pages on the server', async () => {
    const api = mockDataProductsApi({
      getRules: async () => sampleRules,
      getFacets: async () => facets,
      listProducts: async query =>
        listResponse(products, {
          offset: query.offset,
          limit: query.limit,
          totalCount: 120,
        }),
    });
    await render(api);

    const table = await screen.findByRole('table', {
      name: 'Products against rules',
    });
    expect(
      within(table).getByRole('columnheader', { name: 'sla-declared' }),
    ).toHaveAttribute('title', 'Output ports declare an SLA (silver)');
    const [, orders, ledger] = within(table).getAllByRole('row');
    expect(
      within(orders).getByRole('link', { name: 'Orders daily' }),
    ).toHaveAttribute('href', '/catalog/default/dataproduct/orders-daily');
    expect(within(orders).getByTitle('has-owner: Pass')).toHaveTextContent(
      'Pass',
    );
    expect(within(orders).getByTitle('sla-declared: Fail')).toHaveTextContent(
      'Fail',
    );
    // short in the narrow column, whole for screen readers
    expect(
      within(within(ledger).getByTitle('has-owner: Exempt')).getByText(
        'Exempt',
      ),
    ).toBeInTheDocument();
    expect(
      within(ledger).getByTitle('sla-declared: not evaluated'),
    ).toHaveTextContent('—');
    expect(api.listProducts).toHaveBeenCalledWith({ offset: 0, limit: 50 });

    expect(screen.getByText('1–2 of 120')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(api.listProducts).toHaveBeenLastCalledWith({
      offset: 50,
      limit: 50,
    });
    expect(await screen.findByText('51–52 of 120')).toBeInTheDocument();
  });

  it('filters on the server and exports what the filters select', async () => {
    const createObjectURL = jest.fn(() => 'blob:matrix');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        clicked.push(this);
      });
    const csv = new Blob(['entityRef\n'], { type: 'text/csv' });
    const api = mockDataProductsApi({
      getRules: async () => sampleRules,
      getFacets: async () => facets,
      listProducts: async () => listResponse(products),
      getProductsCsv: async () => csv,
    });
    await render(api);
    await screen.findByRole('table', { name: 'Products against rules' });

    await userEvent.click(screen.getByRole('button', { name: /Domain/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'sales (3)' }),
    );
    await waitFor(() =>
      expect(api.listProducts).toHaveBeenLastCalledWith({
        domain: ['domain:default/sales'],
        offset: 0,
        limit: 50,
      }),
    );
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search' }),
      'orders',
    );
    await waitFor(() =>
      expect(api.listProducts).toHaveBeenLastCalledWith({
        q: 'orders',
        domain: ['domain:default/sales'],
        offset: 0,
        limit: 50,
      }),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(api.getProductsCsv).toHaveBeenCalledWith({
      q: 'orders',
      domain: ['domain:default/sales'],
    });
    expect(createObjectURL).toHaveBeenCalledWith(csv);
    expect(clicked[0].download).toBe('data-products.csv');
    expect(clicked[0].href).toBe('blob:matrix');
    expect(screen.queryByText(/Could not export/)).not.toBeInTheDocument();
    click.mockRestore();
  });

  it('says when no product matches', async () => {
    await render(
      mockDataProductsApi({
        getRules: async () => sampleRules,
        getFacets: async () => facetsOf(),
        listProducts: async () => listResponse([]),
      }),
    );
    expect(
      await screen.findByText('No data product has been evaluated yet.'),
    ).toBeInTheDocument();
  });

  it('shows the error and loads again on Retry', async () => {
    const api = mockDataProductsApi({
      getRules: async () => sampleRules,
      getFacets: async () => facets,
      listProducts: jest
        .fn()
        .mockRejectedValueOnce(new Error('products unavailable'))
        .mockResolvedValue(listResponse(products)),
    });
    await render(api);
    expect(await screen.findByText('products unavailable')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('link', { name: 'General ledger' }),
    ).toBeInTheDocument();
  });

  it('says when the filter values failed, keeps the matrix, and loads them on Retry', async () => {
    const api = mockDataProductsApi({
      getRules: async () => sampleRules,
      getFacets: jest
        .fn()
        .mockRejectedValueOnce(new Error('facets unavailable'))
        .mockResolvedValue(facets),
      listProducts: async () => listResponse(products),
    });
    await render(api);
    expect(
      await screen.findByText('Could not load the filter values'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'General ledger' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(
        screen.queryByText('Could not load the filter values'),
      ).not.toBeInTheDocument(),
    );
    expect(api.getFacets).toHaveBeenCalledTimes(2);
  });

  it("says why an export failed, in the backend's words", async () => {
    const refusal = await backendRefusal('level: unknown level "platinum"');
    await render(
      mockDataProductsApi({
        getRules: async () => sampleRules,
        getFacets: async () => facets,
        listProducts: async () => listResponse(products),
        getProductsCsv: async () => {
          throw refusal;
        },
      }),
    );
    await screen.findByRole('table', { name: 'Products against rules' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(
      await screen.findByText('Could not export the CSV'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('level: unknown level "platinum"'),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/Request failed with 400/),
    ).not.toBeInTheDocument();
  });
});
