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
import { screen } from '@testing-library/react';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import {
  mockDataProductsApi,
  sampleRules,
} from '../../__testUtils__/mockDataProductsApi';
import { requestedWaiver } from '../../__testUtils__/governance';
import { WaiverQueueSection } from './WaiverQueueSection';

// A file of its own: usePermission caches the answer for the whole file.
describe('WaiverQueueSection without the decide permission', () => {
  it('shows the queue but not the decision buttons', async () => {
    const permissionApi = mockApis.permission({
      authorize: AuthorizeResult.DENY,
    });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            dataProductsApiRef,
            mockDataProductsApi({
              getRules: async () => sampleRules,
              listWaivers: async () => [requestedWaiver()],
            }),
          ],
          [permissionApiRef, permissionApi],
        ]}
      >
        <WaiverQueueSection />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(
      await screen.findByText('Only the governance group decides waivers.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'orders-daily' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/upstream ERP publishes no SLA/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Approve/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Reject/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('columnheader', { name: 'Decision' }),
    ).not.toBeInTheDocument();
  });
});
