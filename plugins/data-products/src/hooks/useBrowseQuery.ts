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
import { useLocation } from 'react-router-dom';
import {
  DATA_PRODUCT_LIST_FILTERS,
  DATA_PRODUCT_SORT_FIELDS,
  dataProductsSearchParams,
  type DataProductSortField,
} from '@meshwork/plugin-data-products-common';
import type { DataProductListQuery } from '@meshwork/plugin-data-products-react';

const DEFAULT_LIMIT = 25;

/** Reads a browse query from the URL, ignoring what a hand-edited URL gets wrong. */
export function queryFromSearchParams(
  params: URLSearchParams,
): DataProductListQuery {
  const query: DataProductListQuery = {};
  const q = params.get('q')?.trim();
  if (q) query.q = q;
  const underOwner = params.get('underOwner');
  if (underOwner) query.underOwner = underOwner;
  // The filters that take several values, each a repeated URL parameter.
  for (const name of DATA_PRODUCT_LIST_FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) (query as Record<string, string[]>)[name] = values;
  }
  const sort = params.get('sort') as DataProductSortField | null;
  if (sort && DATA_PRODUCT_SORT_FIELDS.includes(sort)) query.sort = sort;
  if (params.get('order') === 'desc') query.order = 'desc';
  const offset = Number(params.get('offset'));
  if (Number.isInteger(offset) && offset > 0) query.offset = offset;
  const limit = Number(params.get('limit'));
  query.limit =
    Number.isInteger(limit) && limit >= 1 && limit <= 100
      ? limit
      : DEFAULT_LIMIT;
  return query;
}

/** The browse URL of a query: the API's parameters, without the defaults. */
export function searchParamsFromQuery(
  query: DataProductListQuery,
): URLSearchParams {
  return dataProductsSearchParams({
    ...query,
    limit: query.limit === DEFAULT_LIMIT ? undefined : query.limit,
    offset: query.offset === 0 ? undefined : query.offset,
  });
}

/**
 * The browse page's query, kept in the URL so a filtered view can be shared
 * and survives a reload. Any change but paging goes back to the first page.
 *
 * The page owns the query; the URL follows it through `history.replaceState`,
 * as the catalog's own entity list does: a navigation through the router
 * would render the whole app again on every filter change. A real navigation
 * (a link, the back button) brings a new location key, and the query is read
 * from the URL again.
 */
export function useBrowseQuery() {
  const location = useLocation();
  const [query, setQuery] = useState(() =>
    queryFromSearchParams(new URLSearchParams(location.search)),
  );
  // the query the next update builds on, ahead of a render still to come
  const latest = useRef(query);
  const seenKey = useRef(location.key);
  useEffect(() => {
    if (location.key === seenKey.current) return;
    seenKey.current = location.key;
    latest.current = queryFromSearchParams(
      new URLSearchParams(location.search),
    );
    setQuery(latest.current);
  }, [location.key, location.search]);

  useEffect(() => {
    const search = searchParamsFromQuery(query).toString();
    const url = `${window.location.pathname}${search ? `?${search}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  }, [query]);

  // Updates compose within one event: each builds on the last, not on the
  // query of the last render. The page renders a new query as a transition:
  // the requests for it leave first, and its rows, when they come, need not
  // wait for the filters to finish rendering.
  const update = useCallback(
    (patch: Partial<DataProductListQuery>): DataProductListQuery => {
      const next = { ...latest.current, ...patch };
      if (!('offset' in patch)) delete next.offset;
      const normalised = queryFromSearchParams(searchParamsFromQuery(next));
      latest.current = normalised;
      startTransition(() => setQuery(normalised));
      return normalised;
    },
    [],
  );
  return { query, update };
}
