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
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ScorecardRollupsResponse } from '@meshwork/plugin-data-products-common';
import {
  dataProductsApiRef,
  type DataProductsApi,
} from '@meshwork/plugin-data-products-react';
import { mockDataProductsApi } from '../../__testUtils__/mockDataProductsApi';
import { RollupsSection } from './RollupsSection';

const domains: ScorecardRollupsResponse = {
  trendSince: '2026-10-22T08:00:00.000Z',
  items: [
    {
      entityRef: 'domain:default/sales',
      products: 6,
      ownProducts: 6,
      levels: { gold: 3, silver: 2, bronze: 1, none: 0 },
      averageScore: 81.6,
      previousAverageScore: 77.4,
      mostFailedRules: [],
    },
    {
      entityRef: 'domain:finance/ledger',
      products: 2,
      ownProducts: 2,
      levels: { gold: 0, silver: 0, bronze: 1, none: 1 },
      averageScore: 40,
      mostFailedRules: [],
    },
  ],
};

const owners: ScorecardRollupsResponse = {
  trendSince: '2026-10-22T08:00:00.000Z',
  items: [
    {
      entityRef: 'group:default/data-platform',
      products: 5,
      ownProducts: 2,
      levels: { gold: 1, silver: 1, bronze: 1, none: 2 },
      averageScore: 50,
      previousAverageScore: 53,
      mostFailedRules: [],
    },
  ],
};

function render(api: DataProductsApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      <RollupsSection />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('RollupsSection', () => {
  it('shows each domain with its levels, average and trend, and switches to owners', async () => {
    const api = mockDataProductsApi({
      getRollups: async by => (by === 'domain' ? domains : owners),
    });
    await render(api);

    const sales = await screen.findByRole('link', { name: 'sales' });
    expect(sales).toHaveAttribute('href', '/catalog/default/domain/sales');
    expect(
      screen.getByRole('link', { name: 'finance/ledger' }),
    ).toHaveAttribute('href', '/catalog/finance/domain/ledger');
    expect(
      screen.getByRole('img', {
        name: '3 gold, 2 silver, 1 bronze, 0 with no level',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('82')).toBeInTheDocument();
    expect(screen.getByText('↑ +4')).toBeInTheDocument();
    expect(
      screen.getByText('Up 4 points since 2026-10-22'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No score on 2026-10-22 to compare with'),
    ).toBeInTheDocument();
    expect(screen.getByText('Trend since 2026-10-22')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Per owner' }));
    expect(
      await screen.findByRole('link', { name: 'data-platform' }),
    ).toBeInTheDocument();
    expect(api.getRollups).toHaveBeenLastCalledWith('owner');
    expect(screen.getByText('2 its own')).toBeInTheDocument();
    expect(screen.getByText('↓ −3')).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'sales' }),
    ).not.toBeInTheDocument();
  });

  it('says so when nothing has been evaluated', async () => {
    await render(
      mockDataProductsApi({
        getRollups: async () => ({ items: [], trendSince: domains.trendSince }),
      }),
    );
    expect(await screen.findByText(/nothing to roll up/)).toBeInTheDocument();
  });

  it('shows the error and loads again on Retry', async () => {
    const api = mockDataProductsApi({
      getRollups: jest
        .fn()
        .mockRejectedValueOnce(new Error('rollups unavailable'))
        .mockResolvedValue(domains),
    });
    await render(api);
    expect(await screen.findByText('rollups unavailable')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('link', { name: 'sales' }),
    ).toBeInTheDocument();
    expect(api.getRollups).toHaveBeenCalledTimes(2);
  });
});
