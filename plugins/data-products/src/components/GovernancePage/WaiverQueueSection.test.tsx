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
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  dataProductsApiRef,
  type DataProductsApi,
} from '@meshwork/plugin-data-products-react';
import {
  mockDataProductsApi,
  sampleRules,
} from '../../__testUtils__/mockDataProductsApi';
import { requestedWaiver } from '../../__testUtils__/governance';
import { backendRefusal } from '../../__testUtils__/backendRefusal';
import { WaiverQueueSection } from './WaiverQueueSection';

// usePermission caches answers across tests: the denied case has its own file
function render(api: DataProductsApi) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [dataProductsApiRef, api],
        [
          permissionApiRef,
          mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
        ],
      ]}
    >
      <WaiverQueueSection />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

const ledgerWaiver = requestedWaiver({
  id: 'w-2',
  entityRef: 'dataproduct:default/ledger',
  ruleId: 'has-owner',
  justification: 'The finance team is being reorganised.',
  requestedBy: 'user:default/bo',
});

// The queue is a BUI table with a react-aria dialog on top: a few seconds
// a test on a loaded 2-core machine.
jest.setTimeout(20_000);

describe('WaiverQueueSection', () => {
  it('approves a waiver with a comment, then refreshes the queue', async () => {
    const api = mockDataProductsApi({
      getRules: async () => sampleRules,
      listWaivers: jest
        .fn()
        .mockResolvedValueOnce([requestedWaiver(), ledgerWaiver])
        .mockResolvedValue([ledgerWaiver]),
      decideWaiver: async (id, decision) => ({
        ...requestedWaiver({ id }),
        status: decision === 'approve' ? 'approved' : 'rejected',
      }),
    });
    await render(api);

    const product = await screen.findByRole('link', { name: 'orders-daily' });
    expect(product).toHaveAttribute(
      'href',
      '/catalog/default/dataproduct/orders-daily',
    );
    const row = product.closest('[role="row"]') as HTMLElement;
    expect(
      within(row).getByText('Output ports declare an SLA'),
    ).toBeInTheDocument();
    expect(
      within(row).getByText(/upstream ERP publishes no SLA/),
    ).toBeInTheDocument();
    expect(within(row).getByText('ana')).toBeInTheDocument();
    expect(within(row).getByText('2026-11-20')).toBeInTheDocument();
    expect(within(row).getByText('2027-01-31')).toBeInTheDocument();
    expect(api.listWaivers).toHaveBeenCalledWith({ status: 'requested' });

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Approve the sla-declared waiver of orders-daily',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    // pasted, as one input event: typed, each key renders the queue again
    await userEvent.click(
      within(dialog).getByRole('textbox', { name: /Comment/ }),
    );
    await userEvent.paste('Until the ERP migration ends.');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Approve' }),
    );

    expect(
      await screen.findByText(
        'Approved the sla-declared waiver of orders-daily.',
      ),
    ).toBeInTheDocument();
    expect(api.decideWaiver).toHaveBeenCalledWith(
      'w-1',
      'approve',
      'Until the ERP migration ends.',
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('link', { name: 'orders-daily' }),
      ).not.toBeInTheDocument(),
    );
    expect(api.listWaivers).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ledger' })).toBeInTheDocument();
  });

  it('shows the backend refusal of a rejection', async () => {
    const refusal = await backendRefusal('Waiver w-2 was already approved', {
      status: 409,
      statusText: 'Conflict',
      name: 'ConflictError',
    });
    const api = mockDataProductsApi({
      getRules: async () => sampleRules,
      listWaivers: async () => [ledgerWaiver],
      decideWaiver: async () => {
        throw refusal;
      },
    });
    await render(api);
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Reject the has-owner waiver of ledger',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Reject' }),
    );
    expect(
      await within(dialog).findByText('Waiver w-2 was already approved'),
    ).toBeInTheDocument();
    expect(
      within(dialog).queryByText(/Request failed with 409/),
    ).not.toBeInTheDocument();
    expect(api.decideWaiver).toHaveBeenCalledWith('w-2', 'reject', undefined);
    await waitFor(() => expect(api.listWaivers).toHaveBeenCalledTimes(2));
  });

  it('shows older requests a page at a time, past the first page', async () => {
    const api = mockDataProductsApi({
      getRules: async () => sampleRules,
      listWaiverPage: async ({ cursor }) =>
        cursor === undefined
          ? { items: [requestedWaiver()], nextCursor: 'older-1' }
          : { items: [ledgerWaiver] },
    });
    await render(api);
    expect(
      await screen.findByRole('link', { name: 'orders-daily' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'ledger' }),
    ).not.toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Show older requests' }),
    );
    expect(
      await screen.findByRole('link', { name: 'ledger' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'orders-daily' }),
    ).toBeInTheDocument();
    expect(api.listWaiverPage).toHaveBeenLastCalledWith({
      status: 'requested',
      cursor: 'older-1',
    });
    expect(
      screen.queryByRole('button', { name: 'Show older requests' }),
    ).not.toBeInTheDocument();
  });

  it('says when no waiver waits', async () => {
    await render(
      mockDataProductsApi({
        getRules: async () => sampleRules,
        listWaivers: async () => [],
      }),
    );
    expect(
      await screen.findByText('No waiver is waiting for a decision.'),
    ).toBeInTheDocument();
  });

  it('shows the error and loads again on Retry', async () => {
    const api = mockDataProductsApi({
      getRules: async () => sampleRules,
      listWaivers: jest
        .fn()
        .mockRejectedValueOnce(new Error('waivers unavailable'))
        .mockResolvedValue([requestedWaiver()]),
    });
    await render(api);
    expect(await screen.findByText('waivers unavailable')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('link', { name: 'orders-daily' }),
    ).toBeInTheDocument();
  });
});
