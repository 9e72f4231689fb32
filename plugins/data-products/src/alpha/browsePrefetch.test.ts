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

import { configApiRef } from '@backstage/frontend-plugin-api';
import { mockApis, TestApiRegistry } from '@backstage/test-utils';
import {
  dataProductsApiRef,
  type DataProductListQuery,
} from '@meshwork/plugin-data-products-react';
import {
  listResponse,
  mockDataProductsApi,
} from '../__testUtils__/mockDataProductsApi';
import { arrivedFirstPage } from '../hooks/browseFirstPage';
import { prefetchBrowseRows } from './browsePrefetch';

function apisWith(baseUrl = 'http://localhost:3000') {
  const api = mockDataProductsApi({
    listProducts: async () => listResponse([]),
  });
  const apis = TestApiRegistry.from(
    [dataProductsApiRef, api],
    [configApiRef, mockApis.config({ data: { app: { baseUrl } } })],
  );
  return { api, apis };
}

const openAt = (url: string) => window.history.replaceState(null, '', url);

describe('prefetchBrowseRows', () => {
  afterEach(() => openAt('/'));

  it("asks for the browse page's rows of the URL's query when the app opens on it", async () => {
    const { api, apis } = apisWith();
    openAt('/data-products/?level=gold&sort=score');
    prefetchBrowseRows(apis, '/data-products');
    const query: DataProductListQuery = {
      level: ['gold'],
      sort: 'score',
      limit: 25,
    };
    expect(api.listProducts).toHaveBeenCalledWith(query);
    // the page's first render finds the answer
    await new Promise(resolve => setTimeout(resolve, 0));
    expect(arrivedFirstPage(api, query)).toEqual(listResponse([]));
  });

  it("asks nothing on the page's other tabs, or where the app is served under a path", async () => {
    const { api, apis } = apisWith();
    openAt('/data-products/governance');
    prefetchBrowseRows(apis, '/data-products');
    openAt('/catalog');
    prefetchBrowseRows(apis, '/data-products');
    expect(api.listProducts).not.toHaveBeenCalled();

    const served = apisWith('https://portal.example.com/backstage');
    openAt('/backstage/data-products');
    prefetchBrowseRows(served.apis, '/data-products');
    expect(served.api.listProducts).toHaveBeenCalledTimes(1);
  });
});
