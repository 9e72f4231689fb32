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

import { useCallback, useState, type DependencyList } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useLatest from 'react-use/esm/useLatest';
import { settledError } from './settledError';

/** A page of a list the backend pages with a cursor. @public */
export interface CursorPage<T> {
  /** The page's items, in the list's order. */
  items: T[];
  /** Asks for the page after this one; absent on the last. */
  nextCursor?: string;
}

/** What {@link useCursorPages} returns. @public */
export interface CursorPages<T> {
  /** The items of every page loaded so far; undefined until the first page came. */
  items: T[] | undefined;
  /** The first page is loading (again, after `retry`). */
  loading: boolean;
  /** Why the first page did not load. */
  error: Error | undefined;
  /** Reloads from the first page, dropping the pages after it. */
  retry: () => void;
  /** The last page loaded gave a cursor: there are more. */
  hasMore: boolean;
  /** Loads the page after the last one loaded. */
  loadMore: () => Promise<void>;
  /** The next page is on its way. */
  loadingMore: boolean;
  /** Why the next page did not load; `loadMore` tries again. */
  moreError: Error | undefined;
}

/** The pages loaded after a first page, and the state of the next one. */
interface LaterPages<T> {
  /** The first page these continue; after a reload they belong to nothing shown. */
  base?: CursorPage<T>;
  pages: CursorPage<T>[];
  loading: boolean;
  error?: Error;
}

const NONE: LaterPages<never> = { pages: [], loading: false };

/**
 * A list the backend pages with a cursor (waivers, changes), a page at a
 * time: the first at once, each next one on `loadMore`. `load` is called
 * without a cursor for the first page; `deps` are what it reads, as for
 * `useEffect`: when they change, the list starts again from its first page.
 * @public
 */
export function useCursorPages<T>(
  load: (cursor?: string) => Promise<CursorPage<T>>,
  deps: DependencyList,
): CursorPages<T> {
  const latestLoad = useLatest(load);
  const first = useAsyncRetry(() => latestLoad.current(), deps);
  const [loaded, setLoaded] = useState<LaterPages<T>>(NONE);
  const base = first.value;
  const later: LaterPages<T> = base && loaded.base === base ? loaded : NONE;
  const nextCursor = (later.pages[later.pages.length - 1] ?? base)?.nextCursor;

  const loadMore = useCallback(async () => {
    if (!base || !nextCursor) return;
    // a page that comes after a reload continues nothing shown: dropped
    const continues = (s: LaterPages<T>) => s.base === base;
    setLoaded(s => ({
      base,
      pages: continues(s) ? s.pages : [],
      loading: true,
    }));
    try {
      const page = await latestLoad.current(nextCursor);
      setLoaded(s =>
        continues(s) ? { ...s, pages: [...s.pages, page], loading: false } : s,
      );
    } catch (error) {
      setLoaded(s =>
        continues(s) ? { ...s, loading: false, error: error as Error } : s,
      );
    }
  }, [latestLoad, base, nextCursor]);

  return {
    items: base && [...base.items, ...later.pages.flatMap(p => p.items)],
    loading: first.loading,
    error: settledError(first),
    retry: first.retry,
    hasMore: nextCursor !== undefined,
    loadMore,
    loadingMore: later.loading,
    moreError: later.error,
  };
}
