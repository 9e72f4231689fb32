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

import useAsyncFn from 'react-use/esm/useAsyncFn';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import type { StoredScorecard } from '@meshwork/plugin-data-products-common';
import { dataProductsApiRef } from '../api';

function newest(...scorecards: Array<StoredScorecard | undefined>) {
  return scorecards.reduce<StoredScorecard | undefined>(
    (best, next) =>
      next && (!best || next.evaluatedAt > best.evaluatedAt) ? next : best,
    undefined,
  );
}

/**
 * A product's latest scorecard (`undefined` until its first evaluation) and
 * a way to evaluate it now. Whichever result is newer is shown, so a reload
 * after an evaluation never brings back the older one.
 * @public
 */
export function useScorecard(entityRef: string) {
  const api = useApi(dataProductsApiRef);
  const state = useAsyncRetry(
    () => api.getScorecard(entityRef),
    [api, entityRef],
  );
  const [evaluation, evaluate] = useAsyncFn(
    () => api.evaluate(entityRef),
    [api, entityRef],
  );
  // refs compare case-insensitively, as the catalog does
  const evaluated =
    evaluation.value?.entityRef.toLocaleLowerCase('en-US') ===
    entityRef.toLocaleLowerCase('en-US')
      ? evaluation.value
      : undefined;
  return {
    scorecard: newest(state.value, evaluated),
    loading: state.loading,
    error: state.error,
    retry: state.retry,
    evaluate,
    evaluating: evaluation.loading,
    evaluateError: evaluation.error,
  };
}
