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

import { useState, type ReactNode } from 'react';
import { Flex, Text } from '@backstage/ui';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityInfoCard } from '@backstage/plugin-catalog-react';
import type { DataProductListFilters } from '@meshwork/plugin-data-products-common';
import { searchParamsFromQuery } from '../../hooks';
import { rootRouteRef } from '../../routes';
import {
  DataProductTable,
  type DataProductColumnId,
  type DataProductTableSort,
} from '../DataProductTable';
import { SafeLink, useProductList } from '@meshwork/plugin-data-products-react';
import { RollupSummary } from './RollupSummary';

const PAGE_SIZE = 10;

/** @public */
export interface OwnedDataProductsCardProps {
  title: string;
  /** The group or domain the products belong to. */
  entityRef: string;
  /** Which rollup holds this entity's scores. */
  rollupBy: 'owner' | 'domain';
  /** Narrows the listing to this entity's products. */
  filters: DataProductListFilters;
  /** The browse page filters that show the same products in full. */
  browseFilters: DataProductListFilters;
  columns: DataProductColumnId[];
  headerActions?: ReactNode;
  emptyMessage: string;
}

/**
 * The browse page, when the app mounts it: an entity card must not break an
 * app that only installed the cards. Every hook inside `useRouteRef` runs
 * before it can throw, so hook order stays the same.
 */
function useBrowseRoute() {
  try {
    return useRouteRef(rootRouteRef);
  } catch {
    return undefined;
  }
}

/**
 * The data products of a group or a domain and how they score together;
 * the group and domain cards are this card with their own query.
 */
export function OwnedDataProductsCard(props: OwnedDataProductsCardProps) {
  const { title, entityRef, rollupBy, filters, browseFilters, columns } = props;
  const filtersKey = JSON.stringify(filters);
  const [sort, setSort] = useState<DataProductTableSort>({
    field: 'title',
    order: 'asc',
  });
  // Paging belongs to one query: a new filter starts again at page one.
  const [paging, setPaging] = useState({ key: filtersKey, offset: 0 });
  const offset = paging.key === filtersKey ? paging.offset : 0;
  const list = useProductList({
    ...filters,
    sort: sort.field,
    order: sort.order,
    offset,
    limit: PAGE_SIZE,
  });
  const browseRoute = useBrowseRoute();
  const browseHref =
    browseRoute && `${browseRoute()}?${searchParamsFromQuery(browseFilters)}`;

  return (
    <EntityInfoCard
      title={title}
      headerActions={props.headerActions}
      footerActions={
        browseHref && (
          <SafeLink href={browseHref}>See all in the browse page</SafeLink>
        )
      }
    >
      <Flex direction="column" gap="4">
        <RollupSummary by={rollupBy} entityRef={entityRef} />
        <DataProductTable
          error={list.error}
          onRetry={list.retry}
          page={list.page}
          columns={columns}
          isPending={list.loading}
          isStale={list.isStale}
          sort={sort}
          onSortChange={next => {
            setSort(next);
            setPaging({ key: filtersKey, offset: 0 });
          }}
          onOffsetChange={next => setPaging({ key: filtersKey, offset: next })}
          emptyState={<Text>{props.emptyMessage}</Text>}
        />
      </Flex>
    </EntityInfoCard>
  );
}
