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

import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DataProductChange } from '@meshwork/plugin-data-products-common';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import { mockDataProductsApi } from '../../__testUtils__/mockDataProductsApi';
import { breakingChangeRecord } from '../../__testUtils__/governance';
import { BreakingChangesSection } from './BreakingChangesSection';

const columnRemoved = breakingChangeRecord().changes[0];

const change = (overrides: Partial<DataProductChange>): DataProductChange => ({
  ...columnRemoved,
  ...overrides,
});

async function renderSection(api: ReturnType<typeof mockDataProductsApi>) {
  await renderInTestApp(
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      <BreakingChangesSection />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return screen.getByRole('region', { name: 'Recent breaking changes' });
}

/** The row of a product, by its link in the row header. */
async function rowOf(section: HTMLElement, product: RegExp) {
  const header = await within(section).findByRole('rowheader', {
    name: product,
  });
  return within(header.closest('tr')!);
}

describe('BreakingChangesSection', () => {
  it('marks a break without a new major version as failing the rule, with what changed and who reads it', async () => {
    const api = mockDataProductsApi({
      listChanges: async () => ({
        items: [
          breakingChangeRecord({
            changes: [
              columnRemoved,
              change({
                field: 'spec.outputPorts[0].sla.freshness',
                message: '<img src=x onerror=alert(1)> freshness weakened',
                readers: [
                  'dataproduct:default/revenue-weekly',
                  'dataproduct:finance/ledger-monthly',
                ],
              }),
              change({ field: 'f3', message: 'third change' }),
              change({ field: 'f4', message: 'fourth change' }),
              change({
                field: 'f5',
                message: 'fifth change',
                port: 'refunds v2.0.0',
              }),
            ],
            unversioned: 5,
          }),
        ],
      }),
    });
    const section = await renderSection(api);
    const row = await rowOf(section, /orders-daily/);

    expect(api.listChanges).toHaveBeenCalledWith({
      severity: 'breaking',
      limit: 20,
    });
    expect(row.getByText('2026-12-07 02:00 UTC')).toBeInTheDocument();
    expect(row.getByText('1.4.0 → 1.5.0')).toBeInTheDocument();
    expect(row.getByText('orders v1.2.0')).toBeInTheDocument();
    expect(row.getByText('refunds v2.0.0')).toBeInTheDocument();
    expect(
      row.getByText(
        'api:default/orders-daily-contract › schema[0].properties[1]',
      ).tagName,
    ).toBe('CODE');
    expect(
      row.getByText('column orders.customer_id was removed'),
    ).toBeInTheDocument();
    expect(row.getByText('third change')).toBeInTheDocument();
    expect(row.queryByText('fourth change')).toBeNull();
    expect(row.getByText('and 2 more')).toBeInTheDocument();
    expect(
      row.getByText('not allowed — fails no-unversioned-breaking-change'),
    ).toBeInTheDocument();
    // each reader once, however many changes name it
    expect(row.getAllByRole('link', { name: /revenue-weekly/ })).toHaveLength(
      1,
    );
    expect(row.getByRole('link', { name: /ledger-monthly/ })).toHaveAttribute(
      'href',
      '/catalog/finance/dataproduct/ledger-monthly',
    );

    // a document's text is text, never markup
    expect(
      row.getByText('<img src=x onerror=alert(1)> freshness weakened'),
    ).toBeInTheDocument();
    expect(section.querySelector('img')).toBeNull();
  });

  it('says why a break is allowed, and how many are not when some are', async () => {
    const section = await renderSection(
      mockDataProductsApi({
        listChanges: async () => ({
          items: [
            breakingChangeRecord({
              id: 'bumped',
              fromVersion: '1.5.0',
              toVersion: '2.0.0',
              changes: [change({ allowedBy: 'port-major' })],
              unversioned: 0,
            }),
            breakingChangeRecord({
              id: 'mixed',
              entityRef: 'dataproduct:default/shipments',
              fromVersion: '3.1.0',
              toVersion: '3.1.0',
              changes: [
                change({ allowedBy: 'initial-development' }),
                change({ field: 'spec.outputPorts[1]', readers: [] }),
              ],
              unversioned: 1,
            }),
          ],
        }),
      }),
    );

    const bumped = await rowOf(section, /orders-daily/);
    expect(
      bumped.getByText('allowed: new major version of the port'),
    ).toBeInTheDocument();
    expect(bumped.queryByText(/not allowed/)).toBeNull();
    expect(bumped.getByText('1.5.0 → 2.0.0')).toBeInTheDocument();

    const mixed = await rowOf(section, /shipments/);
    expect(
      mixed.getByText('not allowed — fails no-unversioned-breaking-change'),
    ).toBeInTheDocument();
    expect(
      mixed.getByText('1 of 2 without a new major version'),
    ).toBeInTheDocument();
    expect(mixed.getByText('3.1.0 (unchanged)')).toBeInTheDocument();
  });

  it('loads older changes with the cursor the last page gave', async () => {
    const listChanges = jest.fn(async ({ cursor }: { cursor?: string }) =>
      cursor === 'c1'
        ? {
            items: [
              breakingChangeRecord({
                id: 'older',
                entityRef: 'dataproduct:default/shipments',
              }),
            ],
          }
        : { items: [breakingChangeRecord()], nextCursor: 'c1' },
    );
    const section = await renderSection(mockDataProductsApi({ listChanges }));
    await rowOf(section, /orders-daily/);
    expect(
      within(section).queryByRole('rowheader', { name: /shipments/ }),
    ).toBeNull();

    await userEvent.click(
      within(section).getByRole('button', { name: 'Show older changes' }),
    );
    await rowOf(section, /shipments/);
    expect(listChanges).toHaveBeenLastCalledWith({
      severity: 'breaking',
      limit: 20,
      cursor: 'c1',
    });
    expect(within(section).getAllByRole('row')).toHaveLength(3);
    expect(
      within(section).queryByRole('button', { name: 'Show older changes' }),
    ).toBeNull();
  });

  it('says what would appear when nothing broke', async () => {
    const section = await renderSection(
      mockDataProductsApi({ listChanges: async () => ({ items: [] }) }),
    );
    expect(
      await within(section).findByText(/No breaking change seen yet/),
    ).toHaveTextContent(
      'it appears here with the products that read the port, and whether a new major version allows it',
    );
  });

  it('shows why the changes did not load, and loads them on Retry', async () => {
    const listChanges = jest
      .fn()
      .mockRejectedValueOnce(new Error('Backend unavailable'))
      .mockResolvedValue({ items: [breakingChangeRecord()] });
    const section = await renderSection(mockDataProductsApi({ listChanges }));
    expect(
      await within(section).findByText(
        'Could not load the recent breaking changes',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      within(section).getByRole('button', { name: 'Retry' }),
    );
    expect(
      await within(section).findByText('column orders.customer_id was removed'),
    ).toBeInTheDocument();
  });
});
