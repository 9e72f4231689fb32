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

import {
  TestApiProvider,
  mockApis,
  renderInTestApp,
} from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import {
  listItem,
  listResponse,
  mockDataProductsApi,
  sampleRules,
} from '../../__testUtils__/mockDataProductsApi';
import {
  breakingChangeRecord,
  facetsOf,
  requestedWaiver,
} from '../../__testUtils__/governance';
import { rootRouteRef } from '../../routes';
import { GovernancePage } from './GovernancePage';

describe('GovernancePage', () => {
  it('shows its six sections, each with its data', async () => {
    const api = mockDataProductsApi({
      getRollups: async () => ({
        trendSince: '2026-10-22T08:00:00.000Z',
        items: [
          {
            entityRef: 'domain:default/sales',
            products: 1,
            ownProducts: 1,
            levels: { gold: 0, silver: 1, bronze: 0, none: 0 },
            averageScore: 82,
            mostFailedRules: [],
          },
        ],
      }),
      getFacets: async () =>
        facetsOf({
          level: [{ value: 'silver', count: 1 }],
          failing: [{ value: 'sla-declared', count: 1 }],
        }),
      getRules: async () => sampleRules,
      listProducts: async () => listResponse([listItem()]),
      listWaivers: async () => [requestedWaiver()],
      listChanges: async () => ({
        items: [
          breakingChangeRecord({ entityRef: 'dataproduct:default/shipments' }),
        ],
      }),
      listUnplacedResults: async () => ({
        items: [
          {
            tool: 'dbt',
            label: 'analytics.marts.fct_refunds',
            keys: ['relation:analytics.marts.fct_refunds'],
            checks: 4,
            receivedAt: '2026-11-21T08:00:00.000Z',
            reportedBy: 'user:default/ci-bot',
          },
        ],
        total: 1,
      }),
    });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [dataProductsApiRef, api],
          [permissionApiRef, mockApis.permission()],
        ]}
      >
        <GovernancePage />
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/data-products': rootRouteRef,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
    for (const name of [
      'Rollups',
      'Rules that fail most',
      'Waiver queue',
      'Recent breaking changes',
      'Matrix',
      'Results no port claims',
    ]) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(
      await screen.findByRole('link', { name: 'sales' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Output ports declare an SLA' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Orders daily' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'orders-daily' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('relation:analytics.marts.fct_refunds'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('column orders.customer_id was removed'),
    ).toBeInTheDocument();
  });
});
