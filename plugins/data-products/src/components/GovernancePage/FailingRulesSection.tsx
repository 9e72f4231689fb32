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
import { useRouteRef } from '@backstage/core-plugin-api';
import { useFacets } from '../../hooks';
import { rootRouteRef } from '../../routes';
import {
  SafeLink,
  useRules,
  LevelBadge,
} from '@meshwork/plugin-data-products-react';
import { LoadError } from '../shared';
import { GovernanceSection } from './GovernanceSection';

/** Enough to act on; the matrix below has the rest. */
const SHOWN = 10;

const noFilters = {};

/**
 * The rules most products fail, each linking to the browse page showing
 * those products: where the governance group's help pays off most.
 */
export function FailingRulesSection() {
  const browse = useRouteRef(rootRouteRef)();
  const facetsState = useFacets(noFilters);
  const rulesState = useRules();
  const { facets } = facetsState;
  const error = facetsState.error ?? rulesState.error;
  const retry = facetsState.error ? facetsState.retry : rulesState.retry;

  let content;
  if (error) {
    content = (
      <LoadError error={error} what="the failing rules" onRetry={retry} />
    );
  } else if (!facets || !rulesState.rules) {
    content = <Skeleton width="100%" height={120} />;
  } else {
    const rules = new Map(rulesState.rules.map(rule => [rule.id, rule]));
    // every product has exactly one level, so these counts add up to all products
    const products = facets.level.reduce((sum, v) => sum + v.count, 0);
    const failing = facets.failing.filter(v => v.count > 0).slice(0, SHOWN);
    content =
      failing.length === 0 ? (
        <Text as="p">No product fails any rule.</Text>
      ) : (
        <ol aria-label="Rules that fail most" style={{ margin: 0 }}>
          {failing.map(({ value: ruleId, count }) => {
            const rule = rules.get(ruleId);
            return (
              <li key={ruleId} style={{ marginBottom: 8 }}>
                <Flex align="center" gap="2">
                  <SafeLink
                    href={`${browse}?failing=${encodeURIComponent(ruleId)}`}
                  >
                    {rule?.title ?? ruleId}
                  </SafeLink>
                  {rule && <LevelBadge level={rule.level} />}
                  <Text variant="body-small" color="secondary">
                    {ruleId}
                  </Text>
                </Flex>
                <Text as="p" variant="body-small">
                  {count === 1 ? '1 product fails' : `${count} products fail`}
                  {products > 0 &&
                    ` (${Math.round(
                      (count / products) * 100,
                    )}% of ${products})`}
                </Text>
              </li>
            );
          })}
        </ol>
      );
  }

  return (
    <GovernanceSection
      title="Rules that fail most"
      description="Each opens the products that fail it."
    >
      {content}
    </GovernanceSection>
  );
}
