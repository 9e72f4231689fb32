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
import {
  dataProductsApiRef,
  useCursorPages,
  type WaiverListQuery,
} from '@meshwork/plugin-data-products-react';

/**
 * The waivers a query selects, a page at a time (newest first): the first
 * page at once, each older one on `loadMore`. `retry` reloads from the
 * first page, e.g. after a decision changed the list.
 */
export function useWaiverPages(query: WaiverListQuery) {
  const api = useApi(dataProductsApiRef);
  const key = JSON.stringify(query);
  const { items, ...pages } = useCursorPages(
    cursor => api.listWaiverPage({ ...query, cursor }),
    // the serialised query is the dependency: a new but equal object must not refetch
    [api, key],
  );
  return { waivers: items, ...pages };
}
