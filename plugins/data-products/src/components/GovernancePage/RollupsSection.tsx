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

import { useMemo, useState } from 'react';
import {
  Cell,
  CellText,
  Skeleton,
  Table,
  Text,
  ToggleButton,
  ToggleButtonGroup,
  VisuallyHidden,
  type ColumnConfig,
} from '@backstage/ui';
import type { ScorecardRollup } from '@meshwork/plugin-data-products-common';
import {
  useRollups,
  LevelDistributionBar,
} from '@meshwork/plugin-data-products-react';
import { LoadError } from '../shared';
import { EntityShortLink } from './EntityShortLink';
import { GovernanceSection } from './GovernanceSection';
import { describeTrend, isoDay } from './format';

type RollupBy = 'domain' | 'owner';
type RollupRow = ScorecardRollup & { id: string };

function rollupColumns(
  by: RollupBy,
  trendSince: string,
): ColumnConfig<RollupRow>[] {
  return [
    {
      id: 'entity',
      label: by === 'domain' ? 'Domain' : 'Owner',
      isRowHeader: true,
      cell: item => (
        <Cell>
          <EntityShortLink entityRef={item.entityRef} />
        </Cell>
      ),
    },
    {
      id: 'products',
      label: 'Products',
      cell: item => (
        <CellText
          title={String(item.products)}
          // sub-groups' products count towards a group: say how many are its own
          description={
            by === 'owner' && item.ownProducts !== item.products
              ? `${item.ownProducts} its own`
              : undefined
          }
        />
      ),
    },
    {
      id: 'levels',
      label: 'Levels',
      minWidth: 200,
      cell: item => (
        <Cell>
          <LevelDistributionBar levels={item.levels} />
        </Cell>
      ),
    },
    {
      id: 'averageScore',
      label: 'Average score',
      cell: item => <CellText title={String(Math.round(item.averageScore))} />,
    },
    {
      id: 'trend',
      label: trendSince ? `Trend since ${isoDay(trendSince)}` : 'Trend',
      cell: item => {
        const trend = describeTrend(
          item.averageScore,
          item.previousAverageScore,
          trendSince,
        );
        return (
          <Cell>
            <div title={trend.description}>
              <span aria-hidden>{trend.symbol}</span>
              <VisuallyHidden>{trend.description}</VisuallyHidden>
            </div>
          </Cell>
        );
      },
    },
  ];
}

/** How each domain or owning group scores: levels, average and its trend. */
export function RollupsSection() {
  const [by, setBy] = useState<RollupBy>('domain');
  const { rollups, loading, error, retry } = useRollups(by);
  const columns = useMemo(
    () => rollupColumns(by, rollups?.trendSince ?? ''),
    [by, rollups?.trendSince],
  );
  const rows = useMemo(
    () => rollups?.items.map(item => ({ ...item, id: item.entityRef })),
    [rollups],
  );

  let content;
  if (error) {
    content = <LoadError error={error} what="rollups" onRetry={retry} />;
  } else if (loading || !rows) {
    content = <Skeleton width="100%" height={160} />;
  } else if (rows.length === 0) {
    content = (
      <Text as="p">
        No data product has been evaluated yet, so there is nothing to roll up.
      </Text>
    );
  } else {
    content = (
      <Table columnConfig={columns} data={rows} pagination={{ type: 'none' }} />
    );
  }

  return (
    <GovernanceSection
      title="Rollups"
      description="How the products of each domain or owning group score, and how the average moved."
      actions={
        <ToggleButtonGroup
          aria-label="Roll up by"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[by]}
          onSelectionChange={keys => {
            const [next] = Array.from(keys);
            if (next === 'domain' || next === 'owner') setBy(next);
          }}
        >
          <ToggleButton id="domain">Per domain</ToggleButton>
          <ToggleButton id="owner">Per owner</ToggleButton>
        </ToggleButtonGroup>
      }
    >
      {content}
    </GovernanceSection>
  );
}
