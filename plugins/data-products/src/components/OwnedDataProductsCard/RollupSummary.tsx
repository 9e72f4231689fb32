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

import { Flex, Skeleton, Text } from '@backstage/ui';
import type { ScorecardRollup } from '@meshwork/plugin-data-products-common';
import {
  OverviewField,
  useRollups,
  LevelDistributionBar,
} from '@meshwork/plugin-data-products-react';
import { LoadError } from '../shared';

/** Whole points the average moved over the trend window; undefined without earlier scores. */
export function trendPoints(rollup: ScorecardRollup): number | undefined {
  return rollup.previousAverageScore === undefined
    ? undefined
    : Math.round(rollup.averageScore - rollup.previousAverageScore);
}

/** "↑ 4 points since 22 Oct 2026", or undefined without earlier scores. */
export function describeTrend(
  rollup: ScorecardRollup,
  trendSince: string,
): string | undefined {
  const delta = trendPoints(rollup);
  if (delta === undefined) return undefined;
  const since = new Date(trendSince).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  if (delta === 0) return `No change since ${since}`;
  const points = Math.abs(delta) === 1 ? 'point' : 'points';
  return `${delta > 0 ? '↑' : '↓'} ${Math.abs(delta)} ${points} since ${since}`;
}

function trendColor(delta: number) {
  if (delta > 0) return 'success';
  if (delta < 0) return 'danger';
  return 'secondary';
}

function sameRef(a: string, b: string) {
  return a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');
}

/**
 * How a group's or a domain's products score together: count, average and
 * its trend, and how many stand at each level.
 */
export function RollupSummary(props: {
  by: 'owner' | 'domain';
  entityRef: string;
}) {
  const { by, entityRef } = props;
  const { rollups, error, retry } = useRollups(by);
  if (error) {
    return <LoadError error={error} what="scores" onRetry={retry} />;
  }
  if (!rollups) {
    return <Skeleton width="100%" height={56} />;
  }
  const rollup = rollups.items.find(item => sameRef(item.entityRef, entityRef));
  if (!rollup) {
    return <Text color="secondary">No scored data products yet.</Text>;
  }
  const trend = describeTrend(rollup, rollups.trendSince);
  const delta = trendPoints(rollup) ?? 0;
  const sub = by === 'owner' ? rollup.products - rollup.ownProducts : 0;
  return (
    <Flex direction="column" gap="3">
      <Flex gap="6" style={{ flexWrap: 'wrap' }}>
        <OverviewField label="Data products">
          {rollup.products}
          {sub > 0 && (
            <Text as="div" variant="body-small" color="secondary">
              {rollup.ownProducts} owned directly, {sub} by sub-groups
            </Text>
          )}
        </OverviewField>
        <OverviewField label="Average score">
          {Math.round(rollup.averageScore)} of 100
          <Text as="div" variant="body-small" color={trendColor(delta)}>
            {trend ?? 'No earlier scores to compare'}
          </Text>
        </OverviewField>
      </Flex>
      <LevelDistributionBar levels={rollup.levels} />
    </Flex>
  );
}
