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

import { Button, Flex, Text } from '@backstage/ui';
import {
  SCORECARD_LEVELS,
  type ScorecardLevel,
} from '@meshwork/plugin-data-products-common';
import {
  LEVEL_LABELS,
  RuleStateTag,
} from '@meshwork/plugin-data-products-react';
import { formatDate } from './dates';
import { canBeWaived, type RuleRow } from './ruleRows';

function WaiverNote(props: { row: RuleRow }) {
  const waiver = props.row.openWaiver;
  if (!waiver) return null;
  return (
    <Text as="p" variant="body-small" color="info">
      {waiver.status === 'approved'
        ? `Waived until ${formatDate(waiver.expiresAt)}.`
        : 'Waiver requested: waiting for the governance group to decide.'}
    </Text>
  );
}

function RuleItem(props: {
  row: RuleRow;
  canRequestWaiver: boolean;
  onRequestWaiver: (row: RuleRow) => void;
}) {
  const { row, canRequestWaiver, onRequestWaiver } = props;
  const offerWaiver =
    canRequestWaiver && canBeWaived(row.state) && !row.openWaiver;
  return (
    <li
      style={{ padding: '8px 0', borderTop: '1px solid var(--bui-border-1)' }}
    >
      <Flex justify="between" align="start" gap="3">
        <Flex direction="column" gap="1">
          <Flex align="center" gap="2">
            {row.state ? (
              <RuleStateTag state={row.state} />
            ) : (
              <Text variant="body-small" color="secondary">
                Not evaluated yet
              </Text>
            )}
            <Text weight="bold">{row.title}</Text>
          </Flex>
          {row.message && <Text as="p">{row.message}</Text>}
          {row.description && (
            <Text as="p" variant="body-small" color="secondary">
              To pass: {row.description}
            </Text>
          )}
          <WaiverNote row={row} />
        </Flex>
        {offerWaiver && (
          <Button
            size="small"
            variant="secondary"
            aria-label={`Request waiver for ${row.title}`}
            onPress={() => onRequestWaiver(row)}
          >
            Request waiver
          </Button>
        )}
      </Flex>
    </li>
  );
}

function RuleGroup(props: {
  level: ScorecardLevel;
  rows: RuleRow[];
  canRequestWaiver: boolean;
  onRequestWaiver: (row: RuleRow) => void;
}) {
  const { level, rows, ...actions } = props;
  const applicable = rows.filter(
    r => r.state && r.state !== 'not-applicable',
  ).length;
  const passing = rows.filter(
    r => r.state === 'pass' || r.state === 'exempt',
  ).length;
  const headingId = `scorecard-rules-${level}`;
  return (
    <section aria-labelledby={headingId}>
      <Flex align="baseline" gap="2">
        <Text as="h4" id={headingId} variant="title-x-small">
          {LEVEL_LABELS[level]}
        </Text>
        <Text variant="body-small" color="secondary">
          {passing} of {applicable} applicable rules pass
        </Text>
      </Flex>
      {rows.length === 0 ? (
        <Text as="p">No active rules at this level.</Text>
      ) : (
        <ul
          aria-label={`${LEVEL_LABELS[level]} rules`}
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {rows.map(row => (
            <RuleItem key={row.id} row={row} {...actions} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Every rule by level, each with its state and what to do about it. Failing
 * rules without a waiver offer one, to those the permission policy allows.
 */
export function RuleList(props: {
  groups: Record<ScorecardLevel, RuleRow[]>;
  canRequestWaiver: boolean;
  onRequestWaiver: (row: RuleRow) => void;
}) {
  const { groups, ...actions } = props;
  return (
    <Flex direction="column" gap="4">
      {SCORECARD_LEVELS.map(level => (
        <RuleGroup
          key={level}
          level={level}
          rows={groups[level]}
          {...actions}
        />
      ))}
    </Flex>
  );
}
