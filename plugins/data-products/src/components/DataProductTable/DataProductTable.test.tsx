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

import { analyticsApiRef } from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  listItem,
  listResponse,
} from '../../__testUtils__/mockDataProductsApi';
import {
  DataProductTable,
  type DataProductTableProps,
} from './DataProductTable';
import { PRODUCT_COLUMNS, type DataProductColumnId } from './columns';

// every column a table can show, in their usual order
const ALL_COLUMNS = Object.keys(PRODUCT_COLUMNS) as DataProductColumnId[];

function render(props: Partial<DataProductTableProps>) {
  return renderInTestApp(
    <DataProductTable
      columns={ALL_COLUMNS}
      onOffsetChange={() => {}}
      {...props}
    />,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

const products = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    listItem({
      entityRef: `dataproduct:default/product-${i}`,
      title: `Product ${i}`,
    }),
  );

// BUI's table renders each cell through react-aria, a few ms a row: the
// 25-row tests take seconds on a loaded 2-core machine.
jest.setTimeout(20_000);

describe('DataProductTable', () => {
  it('shows each product as a row headed by its linked title, with links to its domain and owner', async () => {
    await render({
      page: listResponse([listItem({ tags: ['orders', 'finance'] })]),
    });
    const table = screen.getByRole('table', { name: 'Data products' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(h => h.textContent),
    ).toEqual([
      'Data product',
      'Domain',
      'Owner',
      'Status',
      'Type',
      'Level',
      'Score',
      'Tags',
    ]);
    const row = within(table).getByRole('rowheader', { name: /Orders daily/ })
      .parentElement!;
    expect(
      within(row).getByRole('link', { name: 'Orders daily' }),
    ).toHaveAttribute('href', '/catalog/default/dataproduct/orders-daily');
    expect(within(row).getByRole('link', { name: 'sales' })).toHaveAttribute(
      'href',
      '/catalog/default/domain/sales',
    );
    expect(
      within(row).getByRole('link', { name: 'sales-data' }),
    ).toHaveAttribute('href', '/catalog/default/group/sales-data');
    expect(row).toHaveTextContent('Every confirmed order line');
    expect(row).toHaveTextContent('orders, finance');
  });

  it('sorts on the server: a header says its order and asks for the other one, by mouse or keyboard', async () => {
    const onSortChange = jest.fn();
    await render({
      page: listResponse([listItem()]),
      sort: { field: 'score', order: 'asc' },
      onSortChange,
    });
    const score = screen.getByRole('columnheader', { name: 'Score' });
    expect(score).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Owner' })).toHaveAttribute(
      'aria-sort',
      'none',
    );
    // tags are not a server sort field
    expect(
      screen.getByRole('columnheader', { name: 'Tags' }),
    ).not.toHaveAttribute('aria-sort');

    await userEvent.click(score);
    expect(onSortChange).toHaveBeenLastCalledWith({
      field: 'score',
      order: 'desc',
    });
    within(screen.getByRole('columnheader', { name: 'Owner' }))
      .getByRole('button')
      .focus();
    await userEvent.keyboard('{Enter}');
    expect(onSortChange).toHaveBeenLastCalledWith({
      field: 'owner',
      order: 'asc',
    });
    expect(onSortChange).toHaveBeenCalledTimes(2);
  });

  it('renders the rows a screen holds first and the rest right after', async () => {
    // Hold the frame back: the first screen must be what is there before it
    // is painted, however long a loaded machine takes to get there.
    const frames: FrameRequestCallback[] = [];
    const requestFrame = jest
      .spyOn(window, 'requestAnimationFrame')
      .mockImplementation(callback => frames.push(callback));
    // jsdom's window is 768 px high: 16 rows of at least 48 px fit
    await render({ page: listResponse(products(25)) });
    const table = screen.getByRole('table', { name: 'Data products' });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(16);

    requestFrame.mockRestore();
    act(() => frames.forEach(paint => paint(performance.now())));
    await waitFor(() =>
      expect(within(table).getAllByRole('rowheader')).toHaveLength(25),
    );
    expect(within(table).getAllByRole('rowheader')[24]).toHaveTextContent(
      'Product 24',
    );
  });

  it('pages on the server', async () => {
    const onOffsetChange = jest.fn();
    await render({
      page: listResponse(products(25), { offset: 25, totalCount: 60 }),
      onOffsetChange,
    });
    await userEvent.click(screen.getByRole('button', { name: /next/i }));
    expect(onOffsetChange).toHaveBeenLastCalledWith(50);
    await userEvent.click(screen.getByRole('button', { name: /previous/i }));
    expect(onOffsetChange).toHaveBeenLastCalledWith(0);
  });

  it('counts a click on any link in the rows as a click event, with where it leads', async () => {
    const analytics = mockApis.analytics.mock();
    await renderInTestApp(
      <TestApiProvider apis={[[analyticsApiRef, analytics]]}>
        <DataProductTable
          columns={ALL_COLUMNS}
          onOffsetChange={() => {}}
          page={listResponse([listItem({})])}
        />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    await userEvent.click(screen.getByRole('link', { name: 'Orders daily' }));
    await userEvent.click(screen.getByRole('link', { name: 'sales' }));
    // A click on the table but outside a link counts nothing.
    await userEvent.click(screen.getByRole('table', { name: 'Data products' }));

    const clicks = (analytics.captureEvent as jest.Mock).mock.calls.map(
      ([event]) => [event.action, event.subject, event.attributes],
    );
    expect(clicks).toEqual([
      [
        'click',
        'Orders daily',
        { to: '/catalog/default/dataproduct/orders-daily' },
      ],
      ['click', 'sales', { to: '/catalog/default/domain/sales' }],
    ]);
  });

  it('shows placeholders while loading, the empty state, and a load error with a retry', async () => {
    const { rerender } = await render({
      isPending: true,
      what: 'your data products',
    });
    expect(
      screen.getByRole('table', { name: 'Your data products' }),
    ).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('rowheader')).not.toBeInTheDocument();

    const props = { columns: ALL_COLUMNS, onOffsetChange: () => {} };
    rerender(
      <DataProductTable
        {...props}
        page={listResponse([])}
        emptyState={<span>No data product matches these filters.</span>}
      />,
    );
    expect(
      screen.getByText('No data product matches these filters.'),
    ).toBeInTheDocument();

    const onRetry = jest.fn();
    rerender(
      <DataProductTable
        {...props}
        error={new Error('connect ECONNREFUSED')}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByText('connect ECONNREFUSED')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalled();
  });
  it('shows a failed reload above the rows it could not replace, which are dimmed', async () => {
    const onRetry = jest.fn();
    await render({
      page: listResponse([listItem()]),
      error: new Error('connect ECONNREFUSED'),
      onRetry,
    });

    expect(
      screen.getByText('Could not load data products'),
    ).toBeInTheDocument();
    expect(screen.getByText('connect ECONNREFUSED')).toBeInTheDocument();
    expect(
      screen.getByText('The rows below are from before this change.'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Data products' });
    expect(within(table).getByText('Orders daily')).toBeInTheDocument();
    expect(table.closest('[style*="opacity"]')).toHaveStyle({ opacity: 0.6 });

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalled();
  });
});
