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

import { useMemo, type ReactNode } from 'react';
import { Table, type SortDescriptor } from '@backstage/ui';
import { useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type {
  DataProductListResponse,
  DataProductSortField,
} from '@meshwork/plugin-data-products-common';
import { productColumns, type DataProductColumnId } from './columns';

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
  error?: Error;
  sort?: DataProductTableSort;
  onSortChange?: (sort: DataProductTableSort) => void;
  onOffsetChange: (offset: number) => void;
  onPageSizeChange?: (limit: number) => void;
  emptyState?: ReactNode;
}

/**
 * A page of data products from the server; sorting and paging ask the
 * server again rather than shuffling what the browser holds.
 */
export function DataProductTable(props: DataProductTableProps) {
  const { page, columns, sort, onSortChange, onOffsetChange } = props;
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
  return (
    <Table
      columnConfig={columnConfig}
      data={rows}
      isPending={props.isPending && !page}
      isStale={props.isStale}
      error={props.error}
      emptyState={props.emptyState}
      sort={
        onSortChange && {
          descriptor: sort
            ? {
                column: sort.field,
                direction: sort.order === 'asc' ? 'ascending' : 'descending',
              }
            : null,
          onSortChange: (descriptor: SortDescriptor) =>
            onSortChange({
              field: descriptor.column as DataProductSortField,
              order: descriptor.direction === 'descending' ? 'desc' : 'asc',
            }),
        }
      }
      pagination={{
        type: 'page',
        pageSize: limit,
        offset,
        totalCount: total,
        pageSizeOptions: props.onPageSizeChange ? [25, 50, 100] : [],
        onPageSizeChange: props.onPageSizeChange,
        hasPreviousPage: offset > 0,
        hasNextPage: offset + limit < total,
        onPreviousPage: () => onOffsetChange(Math.max(0, offset - limit)),
        onNextPage: () => onOffsetChange(offset + limit),
      }}
    />
  );
}
