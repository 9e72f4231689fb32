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

import { useCallback, useEffect, useRef, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  dataProductsApiRef,
  type WaiverListQuery,
  type WaiverPage,
} from '../api';

/**
 * The waivers a query selects, a page at a time (newest first): the first
 * page at once, each older one on `loadMore`. `retry` reloads from the
 * first page, e.g. after a decision changed the list.
 */
export function useWaiverPages(query: WaiverListQuery) {
  const api = useApi(dataProductsApiRef);
  const key = JSON.stringify(query);
  const first = useAsyncRetry(
    () => api.listWaiverPage(query),
    // the serialised query is the dependency: a new but equal object must not refetch
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key],
  );
  const [older, setOlder] = useState<WaiverPage[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<Error>();
  // Older pages continue the first page they were loaded after; a page
  // that comes after a reload of the first belongs to nothing shown.
  const shownFirst = useRef(first.value);
  shownFirst.current = first.value;
  useEffect(() => {
    setOlder([]);
    setMoreError(undefined);
  }, [first.value]);

  const nextCursor = (older[older.length - 1] ?? first.value)?.nextCursor;
  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const continued = shownFirst.current;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await api.listWaiverPage({ ...query, cursor: nextCursor });
      if (shownFirst.current === continued) setOlder(pages => [...pages, page]);
    } catch (error) {
      setMoreError(error as Error);
    } finally {
      setLoadingMore(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, nextCursor]);

  return {
    waivers: first.value && [
      ...first.value.items,
      ...older.flatMap(page => page.items),
    ],
    error: first.error,
    retry: first.retry,
    hasMore: nextCursor !== undefined,
    loadMore,
    loadingMore,
    moreError,
  };
}
