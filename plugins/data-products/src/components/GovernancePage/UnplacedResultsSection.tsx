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

import { useMemo } from 'react';
import { Skeleton, Table, Text } from '@backstage/ui';
import { useUnplacedResults } from '../../hooks';
import { LoadError } from '../shared';
import { GovernanceSection } from './GovernanceSection';
import { unplacedColumns } from './unplacedColumns';

const PAGE_SIZE = 20;

/**
 * Datasets of tool runs that no output port claims: kept by the backend,
 * listed here so they are not lost, with the keys an owner would declare to
 * claim one.
 */
export function UnplacedResultsSection() {
  const { page, offset, setOffset, loading, error, retry } =
    useUnplacedResults(PAGE_SIZE);
  const rows = useMemo(
    () => page?.items.map((result, i) => ({ ...result, id: offset + i })),
    [page, offset],
  );

  let content;
  if (error) {
    content = (
      <LoadError
        error={error}
        what="the results no port claims"
        onRetry={retry}
      />
    );
  } else if (!page || !rows) {
    content = <Skeleton width="100%" height={120} />;
  } else if (page.total === 0) {
    content = (
      <Text as="p">Every tool result so far was placed on an output port.</Text>
    );
  } else {
    content = (
      <Table
        columnConfig={unplacedColumns}
        data={rows}
        isStale={loading}
        pagination={{
          type: 'page',
          pageSize: PAGE_SIZE,
          pageSizeOptions: [PAGE_SIZE],
          showPageSizeOptions: false,
          offset,
          totalCount: page.total,
          hasPreviousPage: offset > 0,
          hasNextPage: offset + PAGE_SIZE < page.total,
          onPreviousPage: () => setOffset(Math.max(0, offset - PAGE_SIZE)),
          onNextPage: () => setOffset(offset + PAGE_SIZE),
        }}
      />
    );
  }

  return (
    <GovernanceSection
      title="Results no port claims"
      description="Datasets of tool runs that no output port claims, the latest first. An owner claims one by listing one of its keys under outputPorts[].datasets in the product's catalog-info.yaml (or by a port whose server matches)."
    >
      {content}
    </GovernanceSection>
  );
}
