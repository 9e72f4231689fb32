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
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { ordersDaily, sparseDraft } from '../../__fixtures__/dataProducts';
import { DataProductPortsCard } from './DataProductPortsCard';

const mountedRoutes = {
  mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
};

describe('DataProductPortsCard', () => {
  it('lists output ports with where, SLA, sensitivity, contract and access, and upstream inputs', async () => {
    await renderInTestApp(
      <EntityProvider entity={ordersDaily}>
        <DataProductPortsCard />
      </EntityProvider>,
      mountedRoutes,
    );
    const outputs = within(
      await screen.findByRole('table', { name: 'Output ports' }),
    );
    expect(outputs.getByText('orders-v2')).toBeInTheDocument();
    expect(
      outputs.getByText('snowflake: SALES.ORDERS_DAILY (prod)'),
    ).toBeInTheDocument();
    expect(
      outputs.getByText('fresh within 24 hours, 99.5% available'),
    ).toBeInTheDocument();
    expect(outputs.getByText('restricted, contains PII')).toBeInTheDocument();
    expect(outputs.getByRole('link', { name: /orders-daily/ })).toHaveAttribute(
      'href',
      '/catalog/default/api/orders-daily',
    );
    expect(
      outputs.getByRole('link', { name: 'Request access' }),
    ).toHaveAttribute('href', 'https://access.example.com/orders');

    const inputs = within(screen.getByRole('table', { name: 'Input ports' }));
    expect(inputs.getByRole('link', { name: /orders-raw/ })).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/orders-raw',
    );
    expect(inputs.getByText(/→ orders-cdc/)).toBeInTheDocument();
    expect(inputs.getByText('outside the mesh')).toBeInTheDocument();
  });

  it('says so when there are no ports', async () => {
    await renderInTestApp(
      <EntityProvider entity={sparseDraft}>
        <DataProductPortsCard />
      </EntityProvider>,
      mountedRoutes,
    );
    expect(
      await screen.findByText(/declares no output ports yet/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('This data product reads no other data product.'),
    ).toBeInTheDocument();
  });
});
