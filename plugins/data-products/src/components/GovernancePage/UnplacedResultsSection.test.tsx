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
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UnplacedResult } from '@meshwork/plugin-data-products-common';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import { mockDataProductsApi } from '../../__testUtils__/mockDataProductsApi';
import { UnplacedResultsSection } from './UnplacedResultsSection';

const result = (overrides: Partial<UnplacedResult> = {}): UnplacedResult => ({
  tool: 'dbt',
  runId: 'inv-7f3a',
  job: 'build',
  label: 'analytics.marts.fct_refunds',
  keys: ['relation:analytics.marts.fct_refunds', 'dbt:model.shop.fct_refunds'],
  checks: 12,
  finishedAt: '2026-12-07T02:00:00.000Z',
  receivedAt: '2026-12-07T02:01:00.000Z',
  reportedBy: 'user:default/ci-bot',
  ...overrides,
});

async function renderSection(api: ReturnType<typeof mockDataProductsApi>) {
  await renderInTestApp(
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      <UnplacedResultsSection />
    </TestApiProvider>,
  );
  return screen.getByRole('region', { name: 'Results no port claims' });
}

describe('UnplacedResultsSection', () => {
  it('lists each result with its tool, dataset, keys, checks and when it came, and how to claim one', async () => {
    const api = mockDataProductsApi({
      listUnplacedResults: async () => ({
        items: [
          result(),
          result({
            tool: 'great_expectations',
            job: undefined,
            runId: 'gx-run-1',
            label: '<script>alert(1)</script>',
            keys: ['gx:orders_suite'],
            checks: 3,
            receivedAt: '2026-12-06T21:15:00.000Z',
          }),
        ],
        total: 2,
      }),
    });
    const section = await renderSection(api);

    const dbtRow = (
      await within(section).findByRole('rowheader', {
        name: 'analytics.marts.fct_refunds',
      })
    ).closest('tr')!;
    expect(api.listUnplacedResults).toHaveBeenCalledWith({
      limit: 20,
      offset: 0,
    });
    const dbt = within(dbtRow);
    expect(dbt.getByText('dbt')).toBeInTheDocument();
    expect(dbt.getByText('build')).toBeInTheDocument();
    expect(dbt.getByText('relation:analytics.marts.fct_refunds').tagName).toBe(
      'CODE',
    );
    expect(dbt.getByText('dbt:model.shop.fct_refunds').tagName).toBe('CODE');
    expect(dbt.getByText('12')).toBeInTheDocument();
    expect(dbt.getByText('2026-12-07 02:01 UTC')).toBeInTheDocument();
    expect(dbt.getByText('user:default/ci-bot')).toBeInTheDocument();

    // a tool's label is text, never markup
    const gxRow = within(section)
      .getByRole('rowheader', { name: '<script>alert(1)</script>' })
      .closest('tr')!;
    expect(within(gxRow).getByText('gx-run-1')).toBeInTheDocument();
    expect(section.querySelector('script')).toBeNull();

    expect(section).toHaveTextContent(
      'An owner claims one by listing one of its keys under outputPorts[].datasets',
    );
  });

  it('pages on the server, the latest first', async () => {
    const listUnplacedResults = jest.fn(
      async ({ offset = 0 }: { limit?: number; offset?: number }) => ({
        items: [result({ label: `dataset-${offset}` })],
        total: 45,
      }),
    );
    const section = await renderSection(
      mockDataProductsApi({ listUnplacedResults }),
    );
    expect(await within(section).findByText('dataset-0')).toBeInTheDocument();
    expect(within(section).getByText('1 - 20 of 45')).toBeInTheDocument();

    await userEvent.click(
      within(section).getByRole('button', { name: 'Next table page' }),
    );
    expect(await within(section).findByText('dataset-20')).toBeInTheDocument();
    expect(listUnplacedResults).toHaveBeenLastCalledWith({
      limit: 20,
      offset: 20,
    });
    expect(within(section).getByText('21 - 40 of 45')).toBeInTheDocument();
  });

  it('says so when every result was placed', async () => {
    const section = await renderSection(
      mockDataProductsApi({
        listUnplacedResults: async () => ({ items: [], total: 0 }),
      }),
    );
    expect(
      await within(section).findByText(
        'Every tool result so far was placed on an output port.',
      ),
    ).toBeInTheDocument();
  });

  it('shows why the results did not load, and loads them on Retry', async () => {
    const listUnplacedResults = jest
      .fn()
      .mockRejectedValueOnce(new Error('Backend unavailable'))
      .mockResolvedValue({ items: [result()], total: 1 });
    const section = await renderSection(
      mockDataProductsApi({ listUnplacedResults }),
    );
    expect(
      await within(section).findByText(
        'Could not load the results no port claims',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      within(section).getByRole('button', { name: 'Retry' }),
    );
    expect(
      await within(section).findByText('analytics.marts.fct_refunds'),
    ).toBeInTheDocument();
  });
});
