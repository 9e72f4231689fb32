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

import {
  startTransition,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  DataProductFacets,
  DataProductListResponse,
} from '@meshwork/plugin-data-products-common';
import {
  dataProductsApiRef,
  type DataProductListQuery,
} from '@meshwork/plugin-data-products-react';
import { arrivedFirstPage, askFirstPage } from './browseFirstPage';
import { askOncePerRender } from './firstPageAnswers';

interface Loaded {
  page?: DataProductListResponse;
  pageKey?: string;
  facets?: DataProductFacets;
  /** The counts for `facetsErrorKey`'s filters failed; the filters keep the counts before. */
  facetsError?: Error;
  facetsErrorKey?: string;
  error?: Error;
  errorKey?: string;
}

/** The query's filters, as the key their counts are asked and remembered by. */
function filtersKeyOf(query: DataProductListQuery): string {
  const { sort, order, offset, limit, ...filters } = query;
  return JSON.stringify(filters);
}

/**
 * The browse page's data: a page of products and the facet counts for one
 * query. `request` starts the page from the event that changes the query, so
 * it travels while the page renders the change, and the rows render as soon
 * as they come; the counts are asked for next and follow in a transition, so
 * the eight filters never hold back the rows. Only the latest query's
 * answers are kept, and the last page stays on screen (`isStale`) while the
 * next one loads.
 */
export function useBrowseData(query: DataProductListQuery) {
  const api = useApi(dataProductsApiRef);
  // Rows asked for before the page rendered (the app asks as it opens on
  // the browse page) that have come already: the first render shows them.
  const [loaded, setLoaded] = useState<Loaded>(() => {
    const page = arrivedFirstPage(api, query);
    return page ? { page, pageKey: JSON.stringify(query) } : {};
  });
  const requested = useRef<string>();
  // the filters whose counts are shown: sorting and paging keep them
  const counted = useRef<string>();
  const request = useCallback(
    (next: DataProductListQuery, duringRender = false) => {
      const key = JSON.stringify(next);
      if (requested.current === key) return;
      requested.current = key;
      const latest = () => requested.current === key;
      const { sort, order, offset, limit, ...filters } = next;
      const filtersKey = filtersKeyOf(next);
      // The counts are asked for once the rows have come: on one database
      // connection (SQLite's) the eight facet counts would otherwise run
      // ahead of the page and hold the rows back by their whole cost.
      const ask = <T>(what: string, call: () => Promise<T>) =>
        duringRender ? askOncePerRender(api, what, call) : call();
      const rows = (
        duringRender ? askFirstPage(api, next) : api.listProducts(next)
      ).then(
        page =>
          latest() &&
          // the same answer as the first render's: nothing to render again
          setLoaded(s =>
            s.page === page && s.pageKey === key
              ? s
              : {
                  ...s,
                  page,
                  pageKey: key,
                  error: undefined,
                  errorKey: undefined,
                },
          ),
        error => latest() && setLoaded(s => ({ ...s, error, errorKey: key })),
      );
      if (counted.current === filtersKey) return;
      rows
        .then(() =>
          latest()
            ? ask(`facets:${filtersKey}`, () => api.getFacets(filters))
            : undefined,
        )
        .then(
          facets => {
            if (!facets || !latest()) return;
            counted.current = filtersKey;
            startTransition(() =>
              setLoaded(s => ({ ...s, facets, facetsError: undefined })),
            );
          },
          // the filters keep their last counts; the page says they are old
          facetsError =>
            latest() &&
            setLoaded(s => ({ ...s, facetsError, facetsErrorKey: filtersKey })),
        );
    },
    [api],
  );

  const key = JSON.stringify(query);
  // The first page is asked for as the page starts rendering, not after:
  // the filters take a while to render the first time, and the request
  // travels meanwhile. `request` ignores a query already asked for, so the
  // effect below and a second render in strict mode ask nothing more.
  useState(() => request(query, true));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    request(query);
    // the serialised query is the dependency: a new but equal object must not refetch
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt, request]);
  // A retry shows as loading, the last rows dimmed, until it settles.
  const retry = useCallback(() => {
    requested.current = undefined;
    setLoaded(s => ({ ...s, error: undefined, errorKey: undefined }));
    setAttempt(n => n + 1);
  }, []);

  const error = loaded.errorKey === key ? loaded.error : undefined;
  const loading = loaded.pageKey !== key && !error;
  return {
    page: loaded.page,
    facets: loaded.facets,
    // an error of other filters' counts is not these filters' concern
    facetsError:
      loaded.facetsErrorKey === filtersKeyOf(query)
        ? loaded.facetsError
        : undefined,
    loading,
    isStale: loading && loaded.page !== undefined,
    error,
    retry,
    request,
  };
}
