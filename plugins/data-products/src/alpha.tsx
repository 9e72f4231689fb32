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

import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

const isDataProduct = { kind: 'dataproduct' };

/** `entity-card:data-products/overview` @alpha */
export const dataProductOverviewCard = EntityCardBlueprint.make({
  name: 'overview',
  params: {
    type: 'info',
    filter: isDataProduct,
    loader: () =>
      import('./components/DataProductOverviewCard').then(m => (
        <m.DataProductOverviewCard />
      )),
  },
});

/** `entity-card:data-products/ports` @alpha */
export const dataProductPortsCard = EntityCardBlueprint.make({
  name: 'ports',
  params: {
    type: 'content',
    filter: isDataProduct,
    loader: () =>
      import('./components/DataProductPortsCard').then(m => (
        <m.DataProductPortsCard />
      )),
  },
});

/**
 * Meshwork's data product pages for the new frontend system.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'data-products',
  info: { packageJson: () => import('../package.json') },
  extensions: [dataProductOverviewCard, dataProductPortsCard],
});
