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
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  dataProductsApiRef,
  type DataProductsApi,
} from '@meshwork/plugin-data-products-react';
import {
  mockDataProductsApi,
  sampleRules,
} from '../../__testUtils__/mockDataProductsApi';
import { facetsOf } from '../../__testUtils__/governance';
import { rootRouteRef } from '../../routes';
import { FailingRulesSection } from './FailingRulesSection';

function render(api: DataProductsApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      <FailingRulesSection />
    </TestApiProvider>,
    { mountedRoutes: { '/data-products': rootRouteRef } },
  );
}

describe('FailingRulesSection', () => {
  it('lists the rules most products fail, linked to those products', async () => {
    const api = mockDataProductsApi({
      getRules: async () => sampleRules,
      getFacets: async () =>
        facetsOf({
          level: [
            { value: 'silver', count: 30 },
            { value: 'none', count: 10 },
          ],
          failing: [
            { value: 'sla-declared', count: 12 },
            { value: 'has-owner', count: 1 },
            { value: 'retired-rule', count: 2 },
          ],
        }),
    });
    await render(api);

    const list = await screen.findByRole('list', {
      name: 'Rules that fail most',
    });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const sla = within(items[0]).getByRole('link', {
      name: 'Output ports declare an SLA',
    });
    expect(sla).toHaveAttribute('href', '/data-products?failing=sla-declared');
    expect(within(items[0]).getByText('Silver')).toBeInTheDocument();
    expect(
      within(items[0]).getByText('12 products fail (30% of 40)'),
    ).toBeInTheDocument();
    expect(
      within(items[1]).getByText('1 product fails (3% of 40)'),
    ).toBeInTheDocument();
    // a rule no longer active still shows, by its id
    expect(
      within(items[2]).getByRole('link', { name: 'retired-rule' }),
    ).toHaveAttribute('href', '/data-products?failing=retired-rule');
    expect(api.getFacets).toHaveBeenCalledWith({});
  });

  it('says so when no product fails a rule', async () => {
    await render(
      mockDataProductsApi({
        getRules: async () => sampleRules,
        getFacets: async () =>
          facetsOf({ failing: [{ value: 'has-owner', count: 0 }] }),
      }),
    );
    expect(
      await screen.findByText('No product fails any rule.'),
    ).toBeInTheDocument();
  });

  it('shows the error and loads again on Retry', async () => {
    const api = mockDataProductsApi({
      getRules: async () => sampleRules,
      getFacets: jest
        .fn()
        .mockRejectedValueOnce(new Error('facets unavailable'))
        .mockResolvedValue(
          facetsOf({ failing: [{ value: 'has-owner', count: 3 }] }),
        ),
    });
    await render(api);
    expect(await screen.findByText('facets unavailable')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('link', { name: 'Has an owner' }),
    ).toBeInTheDocument();
  });
});
