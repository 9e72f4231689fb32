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

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DataProductFact } from '@meshwork/plugin-data-products-common';
import {
  entityRef,
  renderScorecardTab,
  scorecardApi,
} from './__testUtils__/renderScorecardTab';

const fact = (overrides: Partial<DataProductFact>): DataProductFact => ({
  entityRef,
  port: 'orders-v2',
  name: 'quality',
  value: 1,
  observedAt: '2026-12-07T02:00:00.000Z',
  ...overrides,
});

const failedTests = [
  'not_null_orders_customer_id',
  'unique_orders_daily_day',
  'accepted_values_orders_status',
  'relationships_orders_customer',
  'not_null_orders_amount',
  'not_null_orders_currency',
  '<b>dbt_expectations_orders_rows</b>',
];

const dbtQuality = fact({
  value: { rate: 24 / 31, passed: 24, total: 31, failed: failedTests },
  source: {
    tool: 'dbt',
    runId: 'inv-7f3a',
    job: 'build',
    link: 'https://ci.example.com/runs/7f3a',
  },
});

async function renderFacts(facts: DataProductFact[]) {
  const api = scorecardApi({ getFacts: async () => facts });
  const view = await renderScorecardTab(api);
  const list = await screen.findByRole('list', {
    name: 'Facts and their sources',
  });
  return { api, view, list };
}

describe('Where the figures come from', () => {
  it('says each figure with the tool run it came from, and links the run', async () => {
    const { api, list } = await renderFacts([
      fact({
        name: 'freshness',
        value: '2026-12-07T01:55:00.000Z',
        source: { tool: 'openlineage', runId: 'ol-1', job: 'orders_daily' },
      }),
      dbtQuality,
      fact({
        port: undefined,
        name: 'row-count',
        value: 1200,
        observedAt: '2026-12-06T08:00:00.000Z',
      }),
    ]);
    expect(api.getFacts).toHaveBeenCalledWith(entityRef);

    const [rowCount, quality, freshness] = within(list)
      .getAllByRole('listitem', { name: '' })
      .filter(item => item.parentElement === list);
    expect(rowCount).toHaveTextContent('The product');
    expect(rowCount).toHaveTextContent(
      'row-count 1200 reported to POST /facts, 2026-12-06 08:00 UTC',
    );
    expect(quality).toHaveTextContent('Output port orders-v2');
    expect(
      within(quality).getByText(
        'quality 77 % (24 of 31 checks) from dbt build, 2026-12-07 02:00 UTC',
      ),
    ).toBeInTheDocument();
    expect(
      within(quality).getByRole('link', { name: 'Run inv-7f3a' }),
    ).toHaveAttribute('href', 'https://ci.example.com/runs/7f3a');
    expect(
      within(freshness).getByText(
        'freshness: newest data 2026-12-07 01:55 UTC from openlineage orders_daily, 2026-12-07 02:00 UTC',
      ),
    ).toBeInTheDocument();
    // a run without a link is named, not linked
    expect(within(freshness).getByText('Run ol-1')).toBeInTheDocument();
    expect(within(freshness).queryByRole('link')).not.toBeInTheDocument();
  });

  it('names the first five failed checks and the rest on request, as text', async () => {
    const { list, view } = await renderFacts([dbtQuality]);
    const failed = within(list).getByRole('list', { name: 'Failed checks' });
    expect(
      within(failed)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(failedTests.slice(0, 5));

    await userEvent.click(screen.getByRole('button', { name: 'Show 2 more' }));
    expect(
      within(failed)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(failedTests);
    // a test name is the tool's text, never markup
    expect(view.container.querySelector('code b')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(within(failed).getAllByRole('listitem')).toHaveLength(5);
  });

  it('does not link a run whose link would run script', async () => {
    const { list } = await renderFacts([
      fact({
        // eslint-disable-next-line no-script-url -- the hostile link under test
        source: { tool: 'gx', runId: 'gx-1', link: 'javascript:alert(1)' },
      }),
    ]);
    expect(within(list).getByText('Run gx-1')).toBeInTheDocument();
    expect(within(list).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says where facts come from when none were reported', async () => {
    await renderScorecardTab(scorecardApi());
    expect(
      await screen.findByText(/No facts reported yet/),
    ).toBeInTheDocument();
  });
});
