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

import { useApi } from '@backstage/frontend-plugin-api';
import type { DataProductChangeRecord } from '@meshwork/plugin-data-products-common';
import { dataProductsApiRef, type ChangeListQuery } from '../api';
import { useCursorPages, type CursorPages } from './useCursorPages';

/**
 * What the backend saw change in the products the user may read, the
 * newest first, a page of `query.limit` at a time: `loadMore` adds the
 * older ones, `retry` starts again from the newest.
 * @public
 */
export function useChanges(
  query: Omit<ChangeListQuery, 'cursor'>,
): CursorPages<DataProductChangeRecord> {
  const api = useApi(dataProductsApiRef);
  const key = JSON.stringify(query);
  return useCursorPages(
    cursor => api.listChanges({ ...query, cursor }),
    // the serialised query is the dependency: a new but equal object must not refetch
    [api, key],
  );
}
