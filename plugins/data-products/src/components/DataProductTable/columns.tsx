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

import type { ReactNode } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import type {
  DataProductListItem,
  DataProductSortField,
} from '@meshwork/plugin-data-products-common';
import { LevelBadge } from '@meshwork/plugin-data-products-react';
import { PlainCell, ProductCell } from './ProductCells';

/** The columns a product table can show. */
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

export interface ProductColumn {
  id: DataProductColumnId;
  label: string;
  /** The server field it sorts by; a column without one does not sort. */
  sortField?: DataProductSortField;
  /**
   * A share of the row. The table lays out in fixed mode, so the header's
   * width sizes the column; columns without one share what is left.
   */
  width?: string;
  cell: (
    item: DataProductListItem,
    linkTo: (ref: string) => string,
  ) => ReactNode;
}

const refCell =
  (ref: (item: DataProductListItem) => string | undefined) =>
  (item: DataProductListItem, linkTo: (ref: string) => string) => {
    const target = ref(item);
    return (
      <ProductCell
        title={shortRef(target)}
        href={target ? linkTo(target) : undefined}
      />
    );
  };

const textCell =
  (text: (item: DataProductListItem) => string | undefined) =>
  (item: DataProductListItem) =>
    <ProductCell title={text(item) || '—'} />;

export const PRODUCT_COLUMNS: Record<DataProductColumnId, ProductColumn> = {
  title: {
    id: 'title',
    label: 'Data product',
    sortField: 'title',
    // the name is what people scan for: it gets the widest column
    width: '22%',
    cell: (item, linkTo) => (
      <ProductCell
        isRowHeader
        title={item.title}
        description={item.description}
        href={linkTo(item.entityRef)}
      />
    ),
  },
  domain: {
    id: 'domain',
    label: 'Domain',
    sortField: 'domain',
    cell: refCell(item => item.domainRef),
  },
  owner: {
    id: 'owner',
    label: 'Owner',
    sortField: 'owner',
    width: '13%',
    cell: refCell(item => item.ownerRef),
  },
  status: {
    id: 'status',
    label: 'Status',
    sortField: 'status',
    cell: textCell(item => item.status),
  },
  type: {
    id: 'type',
    label: 'Type',
    sortField: 'type',
    cell: textCell(item => item.type),
  },
  level: {
    id: 'level',
    label: 'Level',
    sortField: 'level',
    cell: item => (
      <PlainCell>
        <LevelBadge level={item.level} />
      </PlainCell>
    ),
  },
  score: {
    id: 'score',
    label: 'Score',
    sortField: 'score',
    cell: textCell(item => String(item.score)),
  },
  tags: {
    id: 'tags',
    label: 'Tags',
    width: '16%',
    cell: textCell(item => item.tags.join(', ')),
  },
};
