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

import { Fragment, memo, useEffect, useRef, type ReactNode } from 'react';
import { Skeleton, useAnalytics } from '@backstage/ui';
import { RiArrowUpLine } from '@remixicon/react';
import type { DataProductListItem } from '@meshwork/plugin-data-products-common';
import type { ProductColumn } from './columns';
import { tableClass } from './buiClasses';
import type { DataProductTableSort } from './DataProductTable';

/** A header button that reads as the header's text, as BUI's sortable column does. */
const HEAD_BUTTON = {
  all: 'unset',
  cursor: 'pointer',
  display: 'block',
  width: '100%',
} as const;

const SKELETON_ROWS = 5;

interface ProductRowsTableProps {
  label: string;
  columns: ProductColumn[];
  rows?: DataProductListItem[];
  linkTo: (ref: string) => string;
  isPending: boolean;
  emptyState?: ReactNode;
  sort?: DataProductTableSort;
  onSortChange?: (sort: DataProductTableSort) => void;
}

function sortDirection(
  field: string,
  sort: DataProductTableSort | undefined,
): 'ascending' | 'descending' | undefined {
  if (sort?.field !== field) return undefined;
  return sort.order === 'desc' ? 'descending' : 'ascending';
}

function SortableHead(props: {
  column: ProductColumn;
  sort?: DataProductTableSort;
  onSortChange?: (sort: DataProductTableSort) => void;
}) {
  const { column, sort, onSortChange } = props;
  const field = column.sortField;
  const sortable = !!field && !!onSortChange;
  const direction = sortable ? sortDirection(field, sort) : undefined;
  const content = (
    <div className={tableClass('bui-TableHeadContent')}>
      <span className={tableClass('bui-TableHeadLabel')}>{column.label}</span>
      {sortable && (
        <span aria-hidden className={tableClass('bui-TableHeadSortButton')}>
          <RiArrowUpLine size={16} />
        </span>
      )}
    </div>
  );
  const toggle = () =>
    field &&
    onSortChange?.({
      field,
      order: direction === 'ascending' ? 'desc' : 'asc',
    });
  // The whole header cell takes the click, as BUI's does; the button inside
  // gives keyboards and screen readers something to press, and its click
  // reaches the cell.
  return (
    <th
      scope="col"
      className={tableClass('bui-TableHead')}
      style={{ width: column.width, cursor: sortable ? 'pointer' : undefined }}
      aria-sort={sortable ? direction ?? 'none' : undefined}
      data-sort-direction={direction}
      onClick={sortable ? toggle : undefined}
    >
      {sortable ? (
        <button type="button" style={HEAD_BUTTON}>
          {content}
        </button>
      ) : (
        content
      )}
    </th>
  );
}

/**
 * The products of a page as a plain HTML table in BUI's classes. BUI's own
 * table renders every cell through react-aria's grid, which made a filter
 * change on the browse page take 400 ms or more on a two-core machine;
 * these rows render in a tenth of that. Links are real links, in tab order;
 * there is no grid keyboard navigation, which a list of links does not need.
 */
export const ProductRowsTable = memo(function ProductRows(
  props: ProductRowsTableProps,
) {
  const { columns, rows, linkTo } = props;
  const analytics = useAnalytics();
  const table = useRef<HTMLTableElement>(null);
  // One listener for every link in the rows: clicks are counted as BUI's
  // links count them, without a handler on each of 75 links.
  useEffect(() => {
    const element = table.current;
    const counted = (event: MouseEvent) => {
      const link = (event.target as HTMLElement).closest('tbody a');
      if (link) {
        analytics.captureEvent('click', link.textContent ?? '', {
          attributes: { to: link.getAttribute('href') ?? '' },
        });
      }
    };
    element?.addEventListener('click', counted);
    return () => element?.removeEventListener('click', counted);
  }, [analytics]);
  let body: ReactNode;
  if (props.isPending && !rows) {
    body = Array.from({ length: SKELETON_ROWS }, (_, i) => (
      <tr key={i} className={tableClass('bui-TableRow')}>
        {columns.map(column => (
          <td key={column.id} className={tableClass('bui-TableCell')}>
            <Skeleton width="80%" height={16} />
          </td>
        ))}
      </tr>
    ));
  } else if (rows?.length === 0) {
    body = (
      <tr className={tableClass('bui-TableRow')}>
        <td className={tableClass('bui-TableCell')} colSpan={columns.length}>
          {props.emptyState}
        </td>
      </tr>
    );
  } else {
    body = rows?.map(item => (
      <tr key={item.entityRef} className={tableClass('bui-TableRow')}>
        {columns.map(column => (
          <Fragment key={column.id}>{column.cell(item, linkTo)}</Fragment>
        ))}
      </tr>
    ));
  }
  return (
    <div className={tableClass('bui-TableScrollContainer')}>
      <table
        ref={table}
        aria-label={props.label}
        aria-busy={props.isPending || undefined}
        className={tableClass('bui-Table')}
      >
        <thead className={tableClass('bui-TableHeader')}>
          <tr>
            {columns.map(column => (
              <SortableHead
                key={column.id}
                column={column}
                sort={props.sort}
                onSortChange={props.onSortChange}
              />
            ))}
          </tr>
        </thead>
        <tbody className={tableClass('bui-TableBody')}>{body}</tbody>
      </table>
    </div>
  );
});
