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

import { useRef } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import type { DataProductFacets } from '@meshwork/plugin-data-products-common';
import {
  dataProductsApiRef,
  type DataProductListQuery,
} from '@meshwork/plugin-data-products-react';

/** Counts per filter value for the products a query's other filters match. */
export function useFacets(query: DataProductListQuery) {
  const api = useApi(dataProductsApiRef);
  const { sort, order, offset, limit, ...filters } = query;
  const key = JSON.stringify(filters);
  const last = useRef<DataProductFacets>();
  const state = useAsyncRetry(async () => {
    const facets = await api.getFacets(filters);
    last.current = facets;
    return facets;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);
  return {
    facets: state.value ?? last.current,
    error: state.error,
    retry: state.retry,
  };
}
