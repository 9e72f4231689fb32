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
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { RiDatabase2Line } from '@remixicon/react';
import { dataProductsApiFactory } from '@meshwork/plugin-data-products-react';
import { prefetchBrowseRows } from './alpha/browsePrefetch';
import { dataProductSearchResultListItem } from './alpha/searchResultListItem';
import { dataProductSearchResultType } from './alpha/searchResultType';
import {
  governanceRouteRef,
  myDataProductsRouteRef,
  rootRouteRef,
} from './routes';

const isDataProduct = { kind: 'dataproduct' };

/** `api:data-products` @alpha */
export const dataProductsApi = ApiBlueprint.make({
  params: defineParams => defineParams(dataProductsApiFactory),
});

const PAGE_PATH = '/data-products';

/** `page:data-products`: browse, my data products, governance. @alpha */
export const dataProductsPage = PageBlueprint.makeWithOverrides({
  factory(originalFactory, { apis, config }) {
    return originalFactory({
      path: PAGE_PATH,
      title: 'Data products',
      icon: <RiDatabase2Line />,
      routeRef: rootRouteRef,
      loader: () => {
        // the browse page's rows travel while its code loads
        prefetchBrowseRows(apis, config.path ?? PAGE_PATH);
        return import('./components/DataProductsPage').then(m => (
          <m.DataProductsPage />
        ));
      },
    });
  },
});

/** `entity-content:data-products/scorecard` @alpha */
export const dataProductScorecardContent = EntityContentBlueprint.make({
  name: 'scorecard',
  params: {
    path: 'scorecard',
    title: 'Scorecard',
    filter: isDataProduct,
    loader: () =>
      import('./components/DataProductScorecardContent').then(m => (
        <m.DataProductScorecardContent />
      )),
  },
});

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

/** `entity-card:data-products/lineage` @alpha */
export const dataProductLineageCard = EntityCardBlueprint.make({
  name: 'lineage',
  params: {
    type: 'content',
    filter: isDataProduct,
    loader: () =>
      import('./components/DataProductLineageCard').then(m => (
        <m.DataProductLineageCard />
      )),
  },
});

/** `entity-card:data-products/group-data-products` @alpha */
export const groupDataProductsCard = EntityCardBlueprint.make({
  name: 'group-data-products',
  params: {
    type: 'content',
    filter: { kind: 'group' },
    loader: () =>
      import('./components/GroupDataProductsCard').then(m => (
        <m.GroupDataProductsCard />
      )),
  },
});

/** `entity-card:data-products/domain-data-products` @alpha */
export const domainDataProductsCard = EntityCardBlueprint.make({
  name: 'domain-data-products',
  params: {
    type: 'content',
    filter: { kind: 'domain' },
    loader: () =>
      import('./components/DomainDataProductsCard').then(m => (
        <m.DomainDataProductsCard />
      )),
  },
});

/**
 * Meshwork's data product pages for the new frontend system.
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'data-products',
  title: 'Data products',
  icon: <RiDatabase2Line />,
  info: { packageJson: () => import('../package.json') },
  routes: {
    root: rootRouteRef,
    mine: myDataProductsRouteRef,
    governance: governanceRouteRef,
  },
  extensions: [
    dataProductsApi,
    dataProductsPage,
    dataProductScorecardContent,
    dataProductOverviewCard,
    dataProductPortsCard,
    dataProductLineageCard,
    groupDataProductsCard,
    domainDataProductsCard,
    dataProductSearchResultListItem,
    dataProductSearchResultType,
  ],
});
