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

import type { Entity } from '@backstage/catalog-model';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sparseDraft } from '../../__fixtures__/dataProducts';
import {
  CDC_V2_LOCATION,
  fraudSignals,
  ordersDailyReader,
  ordersRaw,
  portVersionMesh,
  shipmentsEvents,
} from '../../__fixtures__/portVersionMesh';
import { DataProductPortsCard } from './DataProductPortsCard';

async function renderCard(
  entity: Entity,
  catalogApi = catalogApiMock({ entities: portVersionMesh }),
) {
  const getEntities = jest.spyOn(catalogApi, 'getEntities');
  await renderInTestApp(
    <TestApiProvider apis={[[catalogApiRef, catalogApi]]}>
      <EntityProvider entity={entity}>
        <DataProductPortsCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return { getEntities };
}

const section = (name: string) => within(screen.getByRole('region', { name }));

describe('DataProductPortsCard', () => {
  it('shows one block per output port with its versions newest first, and who still reads the deprecated one', async () => {
    await renderCard(ordersRaw);

    const cdc = within(
      section('Output ports').getByRole('region', { name: 'orders-cdc' }),
    );
    expect(cdc.getByText('2 versions, newest first')).toBeInTheDocument();
    expect(
      cdc
        .getAllByRole('listitem', { name: /^orders-cdc v/ })
        .map(item => item.getAttribute('aria-label')),
    ).toEqual(['orders-cdc v2.0.0', 'orders-cdc v1.4.0']);

    const v2 = within(cdc.getByRole('listitem', { name: 'orders-cdc v2.0.0' }));
    expect(
      v2.getByText('Order line changes, amounts in minor units.'),
    ).toBeInTheDocument();
    // the whole address, not cut off at the card's edge
    expect(v2.getByText(CDC_V2_LOCATION)).toBeInTheDocument();
    expect(
      v2.getByText('fresh within 5 min, 99.9% available'),
    ).toBeInTheDocument();
    expect(v2.getByText('confidential')).toBeInTheDocument();
    expect(v2.getByRole('link', { name: /orders-raw-cdc-v2/ })).toHaveAttribute(
      'href',
      '/catalog/default/api/orders-raw-cdc-v2',
    );
    expect(v2.getByRole('link', { name: 'Request access' })).toHaveAttribute(
      'href',
      'https://access.example.com/orders-cdc',
    );
    expect(v2.queryByText('deprecated')).not.toBeInTheDocument();
    expect(v2.queryByText('Still read by')).not.toBeInTheDocument();

    const v1 = within(cdc.getByRole('listitem', { name: 'orders-cdc v1.4.0' }));
    expect(v1.getByText('deprecated')).toBeInTheDocument();
    expect(
      v1.getByText('Deprecated: readers should move to orders-cdc v2.0.0.'),
    ).toBeInTheDocument();
    const readers = within(
      await v1.findByRole('list', { name: 'Readers of orders-cdc v1.4.0' }),
    );
    expect(
      readers.getByRole('link', { name: /shipments-events/ }),
    ).toHaveAttribute('href', '/catalog/default/dataproduct/shipments-events');
    expect(readers.getByText('(input port orders)')).toBeInTheDocument();
    // orders-daily pins v2 and fraud-signals reads the newest: not v1's readers
    expect(readers.getAllByRole('link')).toHaveLength(1);

    expect(
      section('Output ports').getByRole('region', { name: 'orders-table' }),
    ).toBeInTheDocument();
    expect(
      section('Input ports').getByText(
        'A source outside the mesh: it reads no data product.',
      ),
    ).toBeInTheDocument();
    expect(
      section('Management ports').getByRole('link', {
        name: 'pipeline-health',
      }),
    ).toHaveAttribute('href', 'https://grafana.example.com/d/orders-raw');
  });

  it('shows which upstream port version each input port reads, and warns of a deprecated one', async () => {
    const { getEntities } = await renderCard(shipmentsEvents);

    const orders = within(
      section('Input ports').getByRole('listitem', { name: 'orders' }),
    );
    expect(orders.getByRole('link', { name: /orders-raw/ })).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/orders-raw',
    );
    expect(orders.getByText('orders-cdc v1.4.0')).toBeInTheDocument();
    expect(
      await orders.findByText(
        'orders-cdc v1.4.0 is deprecated: move to orders-cdc v2.0.0.',
      ),
    ).toBeInTheDocument();
    // no deprecated output port of its own: only its upstreams were asked for
    expect(getEntities).toHaveBeenCalledTimes(1);
    expect(getEntities.mock.calls[0][0]).toMatchObject({
      filter: {
        kind: 'DataProduct',
        'relations.dependencyOf': 'dataproduct:default/shipments-events',
      },
    });
  });

  it("resolves an input port without a version to the upstream's newest", async () => {
    await renderCard(ordersDailyReader);
    const inputs = section('Input ports');
    expect(
      await within(
        inputs.getByRole('listitem', { name: 'order-lines' }),
      ).findByText('orders-table v2.1.0'),
    ).toBeInTheDocument();
    expect(
      within(inputs.getByRole('listitem', { name: 'order-changes' })).getByText(
        'orders-cdc v2.0.0',
      ),
    ).toBeInTheDocument();
    expect(inputs.queryByText(/deprecated/)).not.toBeInTheDocument();
  });

  it('shows what an input port asks for when the viewer may not see its upstream', async () => {
    // the catalog leaves out what the permission policy hides
    await renderCard(
      fraudSignals,
      catalogApiMock({ entities: [fraudSignals] }),
    );
    const orders = within(
      section('Input ports').getByRole('listitem', { name: 'orders' }),
    );
    expect(
      orders.getByText('orders-cdc (its newest version)'),
    ).toBeInTheDocument();
    expect(orders.getByRole('link', { name: /orders-raw/ })).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/orders-raw',
    );
  });

  it('says why the readers did not load, and loads them on Retry', async () => {
    const catalogApi = catalogApiMock({ entities: portVersionMesh });
    const getEntities = catalogApi.getEntities.bind(catalogApi);
    jest
      .spyOn(catalogApi, 'getEntities')
      .mockRejectedValueOnce(new Error('Catalog unavailable'))
      .mockImplementation(getEntities);
    await renderCard(ordersRaw, catalogApi);

    expect(
      await screen.findByText('Could not load who reads it'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('link', { name: /shipments-events/ }),
    ).toBeInTheDocument();
  });

  it('says so when there are no ports, without asking the catalog', async () => {
    const { getEntities } = await renderCard(sparseDraft);
    expect(
      screen.getByText(/declares no output ports yet/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'This data product declares no input ports: it reads no other data product.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^No management ports/)).toBeInTheDocument();
    expect(getEntities).not.toHaveBeenCalled();
  });
});
