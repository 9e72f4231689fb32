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

import type { ReactNode } from 'react';
import { TestApiProvider } from '@backstage/test-utils';
import { renderHook, waitFor } from '@testing-library/react';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';
import {
  listItem,
  listResponse,
  mockDataProductsApi,
} from '../__testUtils__/mockDataProductsApi';
import { facetsOf } from '../__testUtils__/governance';
import { askFirstPage } from './browseFirstPage';
import { useBrowseData } from './useBrowseData';

function renderBrowseData(api: ReturnType<typeof mockDataProductsApi>) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[dataProductsApiRef, api]]}>
      {children}
    </TestApiProvider>
  );
  return renderHook(() => useBrowseData({ limit: 25 }), { wrapper });
}

describe('useBrowseData', () => {
  it('starts with rows asked for before the page rendered, without asking again', async () => {
    const page = listResponse([listItem()]);
    const api = mockDataProductsApi({
      listProducts: async () => page,
      getFacets: async () => facetsOf(),
    });
    // as the app does while it loads the page's code
    await askFirstPage(api, { limit: 25 });

    const { result } = renderBrowseData(api);
    // the first render already has them
    expect(result.current.page).toBe(page);
    expect(result.current.loading).toBe(false);
    expect(api.listProducts).toHaveBeenCalledTimes(1);
    // and the counts are asked for, as after rows that came
    await waitFor(() => expect(result.current.facets).toBeDefined());
  });

  it('renders without rows first when none have come yet, and asks for them', async () => {
    const api = mockDataProductsApi({
      listProducts: async () => listResponse([listItem()]),
      getFacets: async () => facetsOf(),
    });
    const { result } = renderBrowseData(api);
    expect(result.current.page).toBeUndefined();
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.page).toBeDefined());
    expect(api.listProducts).toHaveBeenCalledWith({ limit: 25 });
  });
});
