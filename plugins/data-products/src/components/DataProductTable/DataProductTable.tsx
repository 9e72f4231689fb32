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

import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { Flex, TablePagination, Text } from '@backstage/ui';
import { useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type {
  DataProductListResponse,
  DataProductSortField,
} from '@meshwork/plugin-data-products-common';
import { PRODUCT_COLUMNS, type DataProductColumnId } from './columns';
import { ProductRowsTable } from './ProductRowsTable';
import { LoadError } from '../shared';
import { useRowsByScreen } from './useRowsByScreen';

/** @public */
export interface DataProductTableSort {
  field: DataProductSortField;
  order: 'asc' | 'desc';
}

export interface DataProductTableProps {
  page?: DataProductListResponse;
  columns: DataProductColumnId[];
  isPending?: boolean;
  isStale?: boolean;
  /**
   * The latest load failed: a message and a retry, instead of the table when
   * there are no rows yet, above the earlier rows (dimmed) when there are.
   */
  error?: Error;
  onRetry?: () => void;
  /** What the rows are, for the table's name and messages: "data products", "your data products". */
  what?: string;
  sort?: DataProductTableSort;
  onSortChange?: (sort: DataProductTableSort) => void;
  onOffsetChange: (offset: number) => void;
  onPageSizeChange?: (limit: number) => void;
  emptyState?: ReactNode;
}

const PAGE_SIZES = [25, 50, 100];

/**
 * A page of data products from the server; sorting and paging ask the
 * server again rather than shuffling what the browser holds.
 */
export function DataProductTable(props: DataProductTableProps) {
  const { page, columns, onOffsetChange, onPageSizeChange } = props;
  const what = props.what ?? 'data products';
  const entityRoute = useRouteRef(entityRouteRef);
  const linkTo = useCallback(
    (ref: string) => entityRoute(parseEntityRef(ref)),
    [entityRoute],
  );
  const columnList = useMemo(
    () => columns.map(id => PRODUCT_COLUMNS[id]),
    [columns],
  );
  const container = useRef<HTMLDivElement>(null);
  const rows = useRowsByScreen(page?.items, container);
  const offset = page?.offset ?? 0;
  const limit = page?.limit ?? 25;
  const total = page?.totalCount ?? 0;
  if (props.error && !page) {
    return (
      <LoadError error={props.error} what={what} onRetry={props.onRetry} />
    );
  }
  // Rows left from an earlier query must not pass for the answer to this one.
  const failed = !!props.error;
  // Stale rows are dimmed here rather than by the table, so that the start
  // of a load does not render every cell again just to fade them.
  return (
    <div>
      {props.error && (
        <Flex direction="column" gap="2" mb="3">
          <LoadError error={props.error} what={what} onRetry={props.onRetry} />
          <Text variant="body-small" color="secondary">
            The rows below are from before this change.
          </Text>
        </Flex>
      )}
      <div
        ref={container}
        aria-busy={(props.isStale && !failed) || undefined}
        style={{
          opacity: props.isStale || failed ? 0.6 : undefined,
          transition: 'opacity 150ms',
        }}
      >
        <ProductRowsTable
          label={what.charAt(0).toUpperCase() + what.slice(1)}
          columns={columnList}
          rows={rows}
          linkTo={linkTo}
          isPending={!!props.isPending && !page}
          emptyState={props.emptyState}
          sort={props.sort}
          onSortChange={props.onSortChange}
        />
      </div>
      <TablePagination
        pageSize={limit}
        offset={offset}
        totalCount={total}
        pageSizeOptions={onPageSizeChange ? PAGE_SIZES : []}
        onPageSizeChange={onPageSizeChange}
        hasPreviousPage={offset > 0}
        hasNextPage={offset + limit < total}
        onPreviousPage={() => onOffsetChange(Math.max(0, offset - limit))}
        onNextPage={() => onOffsetChange(offset + limit)}
      />
    </div>
  );
}
