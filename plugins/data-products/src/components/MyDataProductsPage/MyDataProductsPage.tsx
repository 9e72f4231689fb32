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

import { useState } from 'react';
import { Flex, Link, Skeleton, Text } from '@backstage/ui';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useProductList } from '@meshwork/plugin-data-products-react';
import { useUserGroups } from '../../hooks';
import { rootRouteRef } from '../../routes';
import {
  DataProductTable,
  shortRef,
  type DataProductColumnId,
  type DataProductTableSort,
} from '../DataProductTable';
import { LoadError } from '../shared';
import { NeedsAttention } from './NeedsAttention';

const COLUMNS: DataProductColumnId[] = [
  'title',
  'domain',
  'owner',
  'status',
  'level',
  'score',
];

/** The backend's largest page: enough to find every failing product of a few teams. */
const ATTENTION_LIMIT = 500;

function NothingOwned(props: { title: string; children: string }) {
  const browse = useRouteRef(rootRouteRef);
  return (
    <Flex direction="column" align="start" gap="2">
      <Text as="h2" variant="title-small">
        {props.title}
      </Text>
      <Text as="p">{props.children}</Text>
      <Link href={browse()}>Browse all data products</Link>
    </Flex>
  );
}

function GroupsProducts(props: { groups: string[] }) {
  const { groups } = props;
  const [sort, setSort] = useState<DataProductTableSort>({
    field: 'title',
    order: 'asc',
  });
  const [offset, setOffset] = useState(0);
  const [limit, setLimit] = useState(25);
  const list = useProductList({
    owner: groups,
    sort: sort.field,
    order: sort.order,
    offset,
    limit,
  });
  const attention = useProductList({
    owner: groups,
    sort: 'score',
    order: 'asc',
    limit: ATTENTION_LIMIT,
  });

  if (attention.page?.totalCount === 0) {
    return (
      <NothingOwned title="Your groups own no data products yet">
        {`None of ${groups.map(shortRef).join(', ')} owns a data product.`}
      </NothingOwned>
    );
  }
  return (
    <Flex direction="column" gap="4">
      <Text as="p" color="secondary">
        Owned by your groups: {groups.map(shortRef).join(', ')}.
      </Text>
      {attention.error && !attention.page && (
        <LoadError
          error={attention.error}
          what="the summary of your products"
          onRetry={attention.retry}
        />
      )}
      {!attention.page && !attention.error && (
        <Skeleton width="100%" height={48} />
      )}
      {attention.page && <NeedsAttention page={attention.page} />}
      <DataProductTable
        error={list.error}
        onRetry={list.retry}
        what="your data products"
        page={list.page}
        columns={COLUMNS}
        isPending={list.loading}
        isStale={list.isStale}
        sort={sort}
        onSortChange={next => {
          setSort(next);
          setOffset(0);
        }}
        onOffsetChange={setOffset}
        onPageSizeChange={next => {
          setLimit(next);
          setOffset(0);
        }}
        emptyState={<Text>Your groups own no data products.</Text>}
      />
    </Flex>
  );
}

/**
 * The data products of the groups the signed-in user belongs to: how they
 * stand and which need work. Content only: the plugin page draws the shell.
 * @public
 */
export function MyDataProductsPage() {
  const { groups, error, retry } = useUserGroups();
  if (error) {
    return <LoadError error={error} what="your groups" onRetry={retry} />;
  }
  if (!groups) {
    return <Skeleton width="100%" height={120} />;
  }
  if (groups.length === 0) {
    return (
      <NothingOwned title="You are not in any group">
        Data products are owned by groups. Once you are a member of one in the
        catalog, its products show here.
      </NothingOwned>
    );
  }
  return <GroupsProducts groups={groups} />;
}
