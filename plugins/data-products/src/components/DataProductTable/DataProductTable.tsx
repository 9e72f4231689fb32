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

import { memo, useMemo, type ReactNode } from 'react';
import { Table, type SortDescriptor } from '@backstage/ui';
import { useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type {
  DataProductListResponse,
  DataProductSortField,
} from '@meshwork/plugin-data-products-common';
import {
  productColumns,
  type DataProductColumnId,
  type DataProductRow,
} from './columns';
import { LoadError } from '../shared';

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
  /** A failed load with no rows to show: a message and a retry instead of the table. */
  error?: Error;
  onRetry?: () => void;
  /** What the rows are, for that message: "data products", "your data products". */
  what?: string;
  sort?: DataProductTableSort;
  onSortChange?: (sort: DataProductTableSort) => void;
  onOffsetChange: (offset: number) => void;
  onPageSizeChange?: (limit: number) => void;
  emptyState?: ReactNode;
}

// BUI's table renders every cell through react-aria's collection builder, the
// costliest part of a filter change. Memoised on stable props, it renders
// when the rows, sort or paging change, not when the page around it does.
const ProductTable = memo(Table<DataProductRow>);

/**
 * A page of data products from the server; sorting and paging ask the
 * server again rather than shuffling what the browser holds.
 */
export function DataProductTable(props: DataProductTableProps) {
  const {
    page,
    columns,
    sort,
    onSortChange,
    onOffsetChange,
    onPageSizeChange,
  } = props;
  const entityRoute = useRouteRef(entityRouteRef);
  const columnConfig = useMemo(() => {
    const all = productColumns(ref => entityRoute(parseEntityRef(ref)));
    return columns.map(id => all[id]);
  }, [columns, entityRoute]);
  const rows = useMemo(
    () => page?.items.map(item => ({ ...item, id: item.entityRef })),
    [page],
  );
  const offset = page?.offset ?? 0;
  const limit = page?.limit ?? 25;
  const total = page?.totalCount ?? 0;
  const sortField = sort?.field;
  const sortOrder = sort?.order;
  const sorting = useMemo(
    () =>
      onSortChange && {
        descriptor: sortField
          ? {
              column: sortField,
              direction:
                sortOrder === 'desc'
                  ? ('descending' as const)
                  : ('ascending' as const),
            }
          : null,
        onSortChange: (descriptor: SortDescriptor) =>
          onSortChange({
            field: descriptor.column as DataProductSortField,
            order: descriptor.direction === 'descending' ? 'desc' : 'asc',
          }),
      },
    [sortField, sortOrder, onSortChange],
  );
  const pagination = useMemo(
    () => ({
      type: 'page' as const,
      pageSize: limit,
      offset,
      totalCount: total,
      pageSizeOptions: onPageSizeChange ? [25, 50, 100] : [],
      onPageSizeChange,
      hasPreviousPage: offset > 0,
      hasNextPage: offset + limit < total,
      onPreviousPage: () => onOffsetChange(Math.max(0, offset - limit)),
      onNextPage: () => onOffsetChange(offset + limit),
    }),
    [limit, offset, total, onOffsetChange, onPageSizeChange],
  );
  if (props.error && !page) {
    return (
      <LoadError
        error={props.error}
        what={props.what ?? 'data products'}
        onRetry={props.onRetry}
      />
    );
  }
  // Stale rows are dimmed here rather than by the table, so that the start
  // of a load does not render every cell again just to fade them.
  return (
    <div
      aria-busy={props.isStale || undefined}
      style={{
        opacity: props.isStale ? 0.6 : undefined,
        transition: 'opacity 150ms',
      }}
    >
      <ProductTable
        columnConfig={columnConfig}
        data={rows}
        isPending={!!props.isPending && !page}
        emptyState={props.emptyState}
        sort={sorting}
        pagination={pagination}
      />
    </div>
  );
}
