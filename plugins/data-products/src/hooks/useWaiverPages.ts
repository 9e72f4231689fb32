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

import { useCallback, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  dataProductsApiRef,
  type WaiverListQuery,
} from '@meshwork/plugin-data-products-react';
import type { WaiverPage } from '@meshwork/plugin-data-products-common';

/** The pages loaded after a first page, and the state of the next one. */
interface OlderPages {
  /** The first page these continue; after a reload they belong to nothing shown. */
  base?: WaiverPage;
  pages: WaiverPage[];
  loading: boolean;
  error?: Error;
}

const NONE: OlderPages = { pages: [], loading: false };

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
  const [loaded, setLoaded] = useState<OlderPages>(NONE);
  const base = first.value;
  const older = base && loaded.base === base ? loaded : NONE;
  const nextCursor = (older.pages[older.pages.length - 1] ?? base)?.nextCursor;

  const loadMore = useCallback(async () => {
    if (!base || !nextCursor) return;
    const continues = (s: OlderPages) => s.base === base;
    setLoaded(s => ({
      base,
      pages: continues(s) ? s.pages : [],
      loading: true,
    }));
    try {
      const page = await api.listWaiverPage({ ...query, cursor: nextCursor });
      setLoaded(s =>
        continues(s) ? { ...s, pages: [...s.pages, page], loading: false } : s,
      );
    } catch (error) {
      setLoaded(s =>
        continues(s) ? { ...s, loading: false, error: error as Error } : s,
      );
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, base, nextCursor]);

  return {
    waivers: base && [...base.items, ...older.pages.flatMap(p => p.items)],
    error: first.error,
    retry: first.retry,
    hasMore: nextCursor !== undefined,
    loadMore,
    loadingMore: older.loading,
    moreError: older.error,
  };
}
