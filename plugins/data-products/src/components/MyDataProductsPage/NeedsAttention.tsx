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

import { Flex, Text } from '@backstage/ui';
import { useRouteRef } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import type {
  DataProductListItem,
  DataProductListResponse,
} from '@meshwork/plugin-data-products-common';
import { SafeLink, LevelBadge } from '@meshwork/plugin-data-products-react';

/** Failing products listed by name; the rest are counted. */
const SHOWN = 10;

/** What the headline says about a page of products, lowest scores first. */
export function summariseAttention(page: DataProductListResponse) {
  return {
    total: page.totalCount,
    belowSilver: page.items.filter(
      item => item.level === 'none' || item.level === 'bronze',
    ).length,
    failing: page.items.filter(item => item.failingRuleIds.length > 0),
    /** False when the groups own more products than one page could hold. */
    complete: page.items.length >= page.totalCount,
  };
}

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * How many products the user's groups own, how many fall short, and a way
 * into the scorecard of each product failing a rule.
 */
export function NeedsAttention(props: { page: DataProductListResponse }) {
  const entityRoute = useRouteRef(entityRouteRef);
  const { total, belowSilver, failing, complete } = summariseAttention(
    props.page,
  );
  const atLeast = complete ? '' : 'at least ';
  const scorecardOf = (item: DataProductListItem) =>
    `${entityRoute(parseEntityRef(item.entityRef))}/scorecard`;
  return (
    <Flex direction="column" gap="3">
      <Text as="p" variant="title-small">
        {`Your groups own ${plural(total, 'data product', 'data products')}: ` +
          `${atLeast}${belowSilver} below silver, ` +
          `${atLeast}${failing.length} failing at least one rule.`}
      </Text>
      {failing.length > 0 ? (
        <Flex direction="column" gap="2">
          <Text as="h2" variant="title-x-small">
            Needs attention
          </Text>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {failing.slice(0, SHOWN).map(item => (
              <li key={item.entityRef} style={{ marginBottom: 4 }}>
                <Flex gap="2" align="center">
                  <SafeLink href={scorecardOf(item)}>
                    {item.title}:{' '}
                    {plural(
                      item.failingRuleIds.length,
                      'failing rule',
                      'failing rules',
                    )}
                  </SafeLink>
                  <LevelBadge level={item.level} score={item.score} />
                </Flex>
              </li>
            ))}
          </ul>
          {failing.length > SHOWN && (
            <Text color="secondary">
              and {failing.length - SHOWN} more: sort the table by score to see
              them.
            </Text>
          )}
        </Flex>
      ) : (
        <Text color="success">Every product passes all of its rules.</Text>
      )}
    </Flex>
  );
}
