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

import { useCallback, useEffect, useMemo, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';
import { Flex, SearchField, Text } from '@backstage/ui';
import {
  useRules,
  type DataProductListQuery,
} from '@meshwork/plugin-data-products-react';
import { useBrowseData, useBrowseQuery } from '../../hooks';
import {
  DataProductTable,
  type DataProductColumnId,
  type DataProductTableSort,
} from '../DataProductTable';
import { LoadError } from '../shared';
import { BrowseFilters } from './BrowseFilters';

const SEARCH_DELAY_MS = 250;

// One array for the page's life: the table keeps its rendered rows while its
// columns stay the same, so a render that brings no new rows (a filter picked,
// facets arriving) does not render 200 cells again.
const COLUMNS: DataProductColumnId[] = [
  'title',
  'domain',
  'owner',
  'status',
  'type',
  'level',
  'score',
  'tags',
];

/**
 * Every data product, searched, filtered, sorted and paged by the backend;
 * the URL holds the view so it can be shared.
 */
export function BrowsePage() {
  const { query, update: setQuery } = useBrowseQuery();
  const list = useBrowseData(query);
  const { request } = list;
  const update = useCallback(
    (patch: Partial<DataProductListQuery>) => request(setQuery(patch)),
    [setQuery, request],
  );
  const [text, setText] = useState(query.q ?? '');
  // A shared link or the back button changes the URL under the field.
  useEffect(() => setText(query.q ?? ''), [query.q]);
  useDebounce(
    () => {
      if (text.trim() !== (query.q ?? ''))
        update({ q: text.trim() || undefined });
    },
    SEARCH_DELAY_MS,
    [text],
  );
  const { rules } = useRules();
  const ruleTitles = useMemo(
    () => new Map(rules?.map(rule => [rule.id, rule.title])),
    [rules],
  );
  const total = list.page?.totalCount;
  const filtered = !!query.q || Object.keys(query).length > 1;
  // Only an empty page needs the message. Built for every change of filters,
  // it would be a new prop on each first filter pick and render every cell
  // of the rows already shown again, only to dim them.
  const noRows = list.page?.items.length === 0;
  const emptyState = useMemo(
    () =>
      noRows ? (
        <Text>
          {filtered
            ? 'No data product matches these filters.'
            : 'No data products yet. Register a catalog-info.yaml of kind DataProduct; it is listed once its first scorecard is computed.'}
        </Text>
      ) : undefined,
    [noRows, filtered],
  );
  const sort = useMemo<DataProductTableSort>(
    () => ({ field: query.sort ?? 'title', order: query.order ?? 'asc' }),
    [query.sort, query.order],
  );
  const onSortChange = useCallback(
    (next: DataProductTableSort) =>
      update({ sort: next.field, order: next.order }),
    [update],
  );
  const onOffsetChange = useCallback(
    (offset: number) => update({ offset }),
    [update],
  );
  const onPageSizeChange = useCallback(
    (limit: number) => update({ limit }),
    [update],
  );

  return (
    <Flex direction="column" gap="4">
      <Flex gap="4" align="end" justify="between" style={{ flexWrap: 'wrap' }}>
        <div style={{ minWidth: 320, flex: 1 }}>
          <SearchField
            label="Search data products"
            placeholder="Name, description, tag…"
            value={text}
            onChange={setText}
          />
        </div>
        <Text variant="body-medium" aria-live="polite">
          {total === undefined
            ? ''
            : `${total} data product${total === 1 ? '' : 's'}`}
        </Text>
      </Flex>
      <BrowseFilters
        query={query}
        facets={list.facets}
        ruleTitles={ruleTitles}
        onChange={update}
      />
      {list.facetsError && !list.error && (
        <LoadError
          error={list.facetsError}
          what="the filter counts"
          onRetry={list.retry}
        />
      )}
      <DataProductTable
        error={list.error}
        onRetry={list.retry}
        page={list.page}
        columns={COLUMNS}
        isPending={list.loading}
        isStale={list.isStale}
        sort={sort}
        onSortChange={onSortChange}
        onOffsetChange={onOffsetChange}
        onPageSizeChange={onPageSizeChange}
        emptyState={emptyState}
      />
    </Flex>
  );
}
