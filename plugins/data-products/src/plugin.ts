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
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { dataProductsApiFactory } from '@meshwork/plugin-data-products-react';
import {
  governanceRouteRef,
  myDataProductsRouteRef,
  rootRouteRef,
} from './routes';

/**
 * Meshwork's data product pages for apps on the legacy frontend system.
 * @public
 */
export const dataProductsPlugin = createPlugin({
  id: 'data-products',
  apis: [dataProductsApiFactory],
  routes: {
    root: rootRouteRef,
    mine: myDataProductsRouteRef,
    governance: governanceRouteRef,
  },
});

/** Browse, My data products and Governance, mounted at e.g. `/data-products`. @public */
export const DataProductsPage: () => JSX.Element = dataProductsPlugin.provide(
  createRoutableExtension({
    name: 'DataProductsPage',
    component: () =>
      import('./components/DataProductsPage').then(
        m => m.LegacyDataProductsPage,
      ),
    mountPoint: rootRouteRef,
  }),
);

/** The overview card of a DataProduct's entity page. @public */
export const EntityDataProductOverviewCard: () => JSX.Element | null =
  dataProductsPlugin.provide(
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
export const EntityDataProductPortsCard: () => JSX.Element | null =
  dataProductsPlugin.provide(
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

/** Upstream and downstream data products on the catalog graph. @public */
export const EntityDataProductLineageCard: (props: {
  maxDepth?: number;
  height?: number;
}) => JSX.Element | null = dataProductsPlugin.provide(
  createComponentExtension({
    name: 'EntityDataProductLineageCard',
    component: {
      lazy: () =>
        import('./components/DataProductLineageCard').then(
          m => m.DataProductLineageCard,
        ),
    },
  }),
);

/** A DataProduct's scorecard, waivers and history: the content of a tab. @public */
export const EntityDataProductScorecardContent: () => JSX.Element | null =
  dataProductsPlugin.provide(
    createComponentExtension({
      name: 'EntityDataProductScorecardContent',
      component: {
        lazy: () =>
          import('./components/DataProductScorecardContent').then(
            m => m.DataProductScorecardContent,
          ),
      },
    }),
  );

/** On a Group's page: its data products, its sub-groups' and its rollup. @public */
export const EntityGroupDataProductsCard: () => JSX.Element | null =
  dataProductsPlugin.provide(
    createComponentExtension({
      name: 'EntityGroupDataProductsCard',
      component: {
        lazy: () =>
          import('./components/GroupDataProductsCard').then(
            m => m.GroupDataProductsCard,
          ),
      },
    }),
  );

/** On a Domain's page: its data products and its rollup. @public */
export const EntityDomainDataProductsCard: () => JSX.Element | null =
  dataProductsPlugin.provide(
    createComponentExtension({
      name: 'EntityDomainDataProductsCard',
      component: {
        lazy: () =>
          import('./components/DomainDataProductsCard').then(
            m => m.DomainDataProductsCard,
          ),
      },
    }),
  );
