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

import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { dataProductsApiRef, type WaiverListQuery } from '../api';

/**
 * The waivers a query selects; `retry` reloads them, e.g. after a request
 * or a decision changed the list.
 * @public
 */
export function useWaivers(query: WaiverListQuery) {
  const api = useApi(dataProductsApiRef);
  const key = JSON.stringify(query);
  const state = useAsyncRetry(
    () => api.listWaivers(query),
    // the serialised query is the dependency: a new but equal object must not refetch
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key],
  );
  return {
    waivers: state.value,
    loading: state.loading,
    error: state.error,
    retry: state.retry,
  };
}
