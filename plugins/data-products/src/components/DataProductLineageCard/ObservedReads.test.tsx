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

import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DataProductFact } from '@meshwork/plugin-data-products-common';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import { ordersDaily } from '../../__fixtures__/dataProducts';
import { mockDataProductsApi } from '../../__testUtils__/mockDataProductsApi';
import { ObservedReads } from './ObservedReads';

// orders-daily declares an input port on orders-raw, none on customers
const observed: DataProductFact = {
  entityRef: 'dataproduct:default/orders-daily',
  name: 'observed-inputs',
  observedAt: '2026-12-07T02:10:00.000Z',
  source: { tool: 'openlineage', runId: 'r-1', job: 'dbt.orders_daily' },
  value: {
    inputs: [
      {
        label: 'postgres://db:5432/analytics.raw.orders',
        product: 'dataproduct:default/orders-raw',
        port: 'orders-cdc',
        job: 'dbt.orders_daily',
        lastSeenAt: '2026-12-07T02:00:00.000Z',
      },
      {
        label: 'postgres://db:5432/analytics.crm.customers',
        product: 'dataproduct:default/customers',
        port: 'customers-v1',
        job: 'dbt.orders_enriched',
        lastSeenAt: '2026-12-07T03:30:00.000Z',
      },
      {
        label: '<img src=x onerror=alert(1)>',
        job: 'spark.fx_rates',
        lastSeenAt: '2026-12-06T23:00:00.000Z',
      },
    ],
  },
};

async function renderReads(api: ReturnType<typeof mockDataProductsApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      <ObservedReads product={ordersDaily} />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

const rowOf = (dataset: string) =>
  screen.getByRole('rowheader', { name: dataset }).closest('tr')!;

describe('ObservedReads', () => {
  it('lists each dataset read, newest first, with its product, job and whether an input port declares it', async () => {
    const api = mockDataProductsApi({ getFacts: async () => [observed] });
    const { container } = await renderReads(api);

    expect(
      await screen.findByText('postgres://db:5432/analytics.crm.customers'),
    ).toBeInTheDocument();
    expect(api.getFacts).toHaveBeenCalledWith(
      'dataproduct:default/orders-daily',
    );

    const undeclared = within(
      rowOf('postgres://db:5432/analytics.crm.customers'),
    );
    expect(undeclared.getByRole('link', { name: 'customers' })).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/customers',
    );
    expect(undeclared.getByText('not declared')).toBeInTheDocument();
    expect(undeclared.getByText('dbt.orders_enriched')).toBeInTheDocument();
    expect(undeclared.getByText('2026-12-07 03:30 UTC')).toBeInTheDocument();

    const declared = within(rowOf('postgres://db:5432/analytics.raw.orders'));
    expect(declared.getByRole('link', { name: 'orders-raw' })).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/orders-raw',
    );
    expect(declared.getByText('declared')).toBeInTheDocument();
    expect(declared.getByText('2026-12-07 02:00 UTC')).toBeInTheDocument();

    // a dataset no product serves: no port could name it
    const raw = within(rowOf('<img src=x onerror=alert(1)>'));
    expect(raw.getByText('No data product serves it')).toBeInTheDocument();
    expect(raw.getByText('not a data product')).toBeInTheDocument();

    // newest read first
    const datasets = screen
      .getAllByRole('rowheader')
      .map(cell => cell.textContent);
    expect(datasets).toEqual([
      'postgres://db:5432/analytics.crm.customers',
      'postgres://db:5432/analytics.raw.orders',
      '<img src=x onerror=alert(1)>',
    ]);
    // the tool's label is text, never markup
    expect(container.querySelector('img')).toBeNull();
  });

  it('says observed lineage comes from the OpenLineage fact source when nothing was observed', async () => {
    await renderReads(mockDataProductsApi({ getFacts: async () => [] }));
    expect(
      await screen.findByText(/comes from the OpenLineage fact source/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows why the reads did not load, and loads them on Retry', async () => {
    const getFacts = jest
      .fn()
      .mockRejectedValueOnce(new Error('Backend unavailable'))
      .mockResolvedValue([observed]);
    await renderReads(mockDataProductsApi({ getFacts }));

    expect(
      await screen.findByText('Could not load observed reads'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('postgres://db:5432/analytics.raw.orders'),
    ).toBeInTheDocument();
  });
});
