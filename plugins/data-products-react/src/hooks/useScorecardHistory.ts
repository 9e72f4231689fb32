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

import { useMemo } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import { dataProductsApiRef } from '../api';
import { settledError } from './settledError';

/**
 * The points where a product's level, score or a rule's state changed,
 * oldest first; `retry` reloads them, e.g. after an evaluation.
 * @public
 */
export function useScorecardHistory(entityRef: string) {
  const api = useApi(dataProductsApiRef);
  const state = useAsyncRetry(
    () => api.getHistory(entityRef),
    [api, entityRef],
  );
  const history = useMemo(
    () =>
      state.value &&
      [...state.value].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)),
    [state.value],
  );
  return {
    history,
    loading: state.loading,
    error: settledError(state),
    retry: state.retry,
  };
}
