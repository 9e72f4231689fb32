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

import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { dataProductsApiRef } from '@meshwork/plugin-data-products-react';

/**
 * One page of the tool results no output port claims, the latest received
 * first, paged on the server: there may be thousands. The last page stays
 * shown while the next loads.
 */
export function useUnplacedResults(pageSize: number) {
  const api = useApi(dataProductsApiRef);
  const [offset, setOffset] = useState(0);
  const state = useAsyncRetry(
    () => api.listUnplacedResults({ limit: pageSize, offset }),
    [api, pageSize, offset],
  );
  return {
    page: state.value,
    offset,
    setOffset,
    loading: state.loading,
    error: state.loading ? undefined : state.error,
    retry: state.retry,
  };
}
