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

import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  DATA_PRODUCT_SORT_FIELDS,
  type DataProductSortField,
} from '@meshwork/plugin-data-products-common';
import type { DataProductListQuery } from '../api';

/** The filters that take several values, each a repeated URL parameter. */
export const LIST_FILTERS = [
  'domain',
  'owner',
  'status',
  'type',
  'level',
  'classification',
  'tag',
  'failing',
] as const;

export type ListFilterName = (typeof LIST_FILTERS)[number];

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
  for (const name of LIST_FILTERS) {
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

export function searchParamsFromQuery(
  query: DataProductListQuery,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (key === 'limit' && value === DEFAULT_LIMIT) continue;
    if (key === 'offset' && value === 0) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      params.append(key, String(item));
    }
  }
  return params;
}

/**
 * The browse page's query, kept in the URL so a filtered view can be shared
 * and survives a reload. Any change but paging goes back to the first page.
 */
export function useBrowseQuery() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryFromSearchParams(params), [params]);
  // react-router gives a new setter on every URL change; a stable `update`
  // lets memoised filters and tables skip renders that change nothing.
  const setParamsRef = useRef(setParams);
  setParamsRef.current = setParams;
  const update = useCallback((patch: Partial<DataProductListQuery>) => {
    setParamsRef.current(
      current => {
        const next = { ...queryFromSearchParams(current), ...patch };
        if (!('offset' in patch)) delete next.offset;
        return searchParamsFromQuery(next);
      },
      { replace: true },
    );
  }, []);
  return { query, update };
}
