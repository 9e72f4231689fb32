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
import { dataProductsApiRef } from '../api';
import { settledError } from './settledError';

/**
 * The latest fact of each name and port of a product, each with the tool
 * run it came from when a tool gave it: what the pages show as the source
 * of a check's figures, and the product's observed reads.
 * @public
 */
export function useFacts(entityRef: string) {
  const api = useApi(dataProductsApiRef);
  const state = useAsyncRetry(() => api.getFacts(entityRef), [api, entityRef]);
  return {
    facts: state.value,
    loading: state.loading,
    error: settledError(state),
    retry: state.retry,
  };
}
