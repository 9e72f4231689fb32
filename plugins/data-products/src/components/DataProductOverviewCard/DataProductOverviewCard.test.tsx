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
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { Entity } from '@backstage/catalog-model';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ordersDaily, sparseDraft } from '../../__fixtures__/dataProducts';
import { mockDataProductsApi } from '../../__testUtils__/mockDataProductsApi';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import { DataProductOverviewCard } from './DataProductOverviewCard';

const mountedRoutes = {
  mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
};

function card(entity: Entity, api = mockDataProductsApi()) {
  return (
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      <EntityProvider entity={entity}>
        <DataProductOverviewCard />
      </EntityProvider>
    </TestApiProvider>
  );
}

function renderCard(entity: Entity, api = mockDataProductsApi()) {
  return renderInTestApp(card(entity, api), mountedRoutes);
}

describe('DataProductOverviewCard', () => {
  it('shows what a consumer judges a product by, with links to owner and domain', async () => {
    await renderCard(ordersDaily);
    expect(
      await screen.findByRole('link', { name: /sales-data/ }),
    ).toHaveAttribute('href', '/catalog/default/group/sales-data');
    expect(screen.getByRole('link', { name: 'sales' })).toHaveAttribute(
      'href',
      '/catalog/default/domain/sales',
    );
    expect(screen.getByText('active')).toBeInTheDocument();
    expect(screen.getByText('confidential, contains PII')).toBeInTheDocument();
    expect(
      screen.getByText('Revenue reporting by day and region.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '#orders-data' })).toHaveAttribute(
      'href',
      'https://chat.example.com/orders',
    );
    expect(screen.queryByText(/Deprecated:/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download ODPS' }),
    ).toBeInTheDocument();
    // the catalog's About card beside it shows the description
    expect(
      screen.queryByText('Every confirmed order line, refreshed nightly.'),
    ).not.toBeInTheDocument();
  });

  it('warns when deprecated and says which fields are not declared', async () => {
    await renderCard(sparseDraft);
    expect(
      await screen.findByText(
        /Deprecated: this data product is being phased out/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('No description yet.')).not.toBeInTheDocument();
    expect(screen.getAllByText('not declared').length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('renders nothing for other kinds', async () => {
    const { container } = await renderCard({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'x' },
    });
    expect(container).toBeEmptyDOMElement();
  });
  it("does not carry one product's failed download over to the next product", async () => {
    const api = mockDataProductsApi({
      getOdpsYaml: async () => {
        throw new Error('ODPS export is down');
      },
    });
    const { rerender } = await renderCard(ordersDaily, api);
    await userEvent.click(
      screen.getByRole('button', { name: 'Download ODPS' }),
    );
    expect(await screen.findByText('ODPS export is down')).toBeInTheDocument();

    rerender(card(sparseDraft, api));

    expect(
      screen.queryByText('Could not download the ODPS document'),
    ).not.toBeInTheDocument();
  });
});
