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
  createComponentExtension,
  createPlugin,
} from '@backstage/core-plugin-api';

/**
 * Meshwork's data product pages for apps on the legacy frontend system.
 * @public
 */
export const dataProductsPlugin = createPlugin({ id: 'data-products' });

/** The overview card of a DataProduct's entity page. @public */
export const EntityDataProductOverviewCard = dataProductsPlugin.provide(
  createComponentExtension({
    name: 'EntityDataProductOverviewCard',
    component: {
      lazy: () =>
        import('./components/DataProductOverviewCard').then(
          m => m.DataProductOverviewCard,
        ),
    },
  }),
);

/** The output and input ports of a DataProduct. @public */
export const EntityDataProductPortsCard = dataProductsPlugin.provide(
  createComponentExtension({
    name: 'EntityDataProductPortsCard',
    component: {
      lazy: () =>
        import('./components/DataProductPortsCard').then(
          m => m.DataProductPortsCard,
        ),
    },
  }),
);
