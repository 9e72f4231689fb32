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

import { Cell, CellText, Column, type ColumnConfig } from '@backstage/ui';
import { parseEntityRef } from '@backstage/catalog-model';
import type { DataProductListItem } from '@meshwork/plugin-data-products-common';
import { LevelBadge } from '../shared';

/** A table row: the listing item with the id BUI's table keys rows by. */
export type DataProductRow = DataProductListItem & { id: string };

/** The columns a product table can show; all sort on the server. */
export type DataProductColumnId =
  | 'title'
  | 'domain'
  | 'owner'
  | 'status'
  | 'type'
  | 'level'
  | 'score'
  | 'tags';

/** A ref as people say it: `sales-data`, or `ops/sales-data` outside the default namespace. */
export function shortRef(ref: string | undefined): string {
  if (!ref) return '—';
  const { namespace, name } = parseEntityRef(ref);
  return namespace === 'default' ? name : `${namespace}/${name}`;
}

/**
 * A header cell that takes a share of the row. The table lays out in fixed
 * mode, so the header's width sizes its column; a `width` or `minWidth` in
 * the column config would wrap the table in BUI's resizable container, which
 * measures the columns and renders every row twice.
 */
function sizedHeader(column: {
  id: string;
  label: string;
  width: string;
  isRowHeader?: boolean;
  isSortable?: boolean;
}) {
  return () => (
    <Column
      id={column.id}
      isRowHeader={column.isRowHeader}
      allowsSorting={column.isSortable}
      style={{ width: column.width }}
    >
      {column.label}
    </Column>
  );
}

export function productColumns(
  linkTo: (ref: string) => string,
): Record<DataProductColumnId, ColumnConfig<DataProductRow>> {
  const refCell = (ref: string | undefined) => (
    <CellText title={shortRef(ref)} href={ref ? linkTo(ref) : undefined} />
  );
  return {
    title: {
      id: 'title',
      label: 'Data product',
      isRowHeader: true,
      isSortable: true,
      // the name is what people scan for: it gets the widest column
      header: sizedHeader({
        id: 'title',
        label: 'Data product',
        width: '22%',
        isRowHeader: true,
        isSortable: true,
      }),
      cell: item => (
        <CellText
          title={item.title}
          description={item.description}
          href={linkTo(item.entityRef)}
        />
      ),
    },
    domain: {
      id: 'domain',
      label: 'Domain',
      isSortable: true,
      cell: item => refCell(item.domainRef),
    },
    owner: {
      id: 'owner',
      label: 'Owner',
      isSortable: true,
      header: sizedHeader({
        id: 'owner',
        label: 'Owner',
        width: '13%',
        isSortable: true,
      }),
      cell: item => refCell(item.ownerRef),
    },
    status: {
      id: 'status',
      label: 'Status',
      isSortable: true,
      cell: item => <CellText title={item.status ?? '—'} />,
    },
    type: {
      id: 'type',
      label: 'Type',
      isSortable: true,
      cell: item => <CellText title={item.type ?? '—'} />,
    },
    level: {
      id: 'level',
      label: 'Level',
      isSortable: true,
      cell: item => (
        <Cell>
          <LevelBadge level={item.level} />
        </Cell>
      ),
    },
    score: {
      id: 'score',
      label: 'Score',
      isSortable: true,
      cell: item => <CellText title={String(item.score)} />,
    },
    tags: {
      id: 'tags',
      label: 'Tags',
      header: sizedHeader({ id: 'tags', label: 'Tags', width: '16%' }),
      cell: item => <CellText title={item.tags.join(', ') || '—'} />,
    },
  };
}
