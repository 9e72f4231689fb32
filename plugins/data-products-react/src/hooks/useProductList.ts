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
import type { DataProductListResponse } from '@meshwork/plugin-data-products-common';
import { settledError } from './settledError';
import { dataProductsApiRef, type DataProductListQuery } from '../api';

/**
 * One page of products for a query. While the next page loads, the last one
 * stays on screen (`isStale`) so tables do not flash empty on every keystroke.
 * @public
 */
export function useProductList(query: DataProductListQuery) {
  const api = useApi(dataProductsApiRef);
  const key = JSON.stringify(query);
  const last = useRef<DataProductListResponse>();
  const state = useAsyncRetry(async () => {
    const page = await api.listProducts(query);
    last.current = page;
    return page;
    // the serialised query is the dependency: a new but equal object must not refetch
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);
  return {
    page: state.value ?? last.current,
    loading: state.loading,
    isStale: state.loading && last.current !== undefined,
    error: settledError(state),
    retry: state.retry,
  };
}
