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

import { Button, Cell, CellText, Flex, type ColumnConfig } from '@backstage/ui';
import type { DataProductWaiver } from '@meshwork/plugin-data-products-common';
import { shortRef } from '../DataProductTable';
import { EntityShortLink } from './EntityShortLink';
import { isoDay } from './format';
import type { WaiverDecision } from './WaiverDecisionDialog';

/** A waiver with its rule's title, when the rule is still active. */
export type WaiverRow = DataProductWaiver & { ruleTitle?: string };

/** The queue's columns; the decision buttons only for those who may decide. */
export function waiverColumns(
  onDecide?: (waiver: WaiverRow, decision: WaiverDecision) => void,
): ColumnConfig<WaiverRow>[] {
  const columns: ColumnConfig<WaiverRow>[] = [
    {
      id: 'product',
      label: 'Data product',
      isRowHeader: true,
      cell: item => (
        <Cell>
          <EntityShortLink entityRef={item.entityRef} />
        </Cell>
      ),
    },
    {
      id: 'rule',
      label: 'Rule',
      cell: item => (
        <CellText
          title={item.ruleTitle ?? item.ruleId}
          description={item.ruleTitle && item.ruleId}
        />
      ),
    },
    {
      id: 'justification',
      label: 'Justification',
      minWidth: 240,
      cell: item => <CellText title={item.justification} />,
    },
    {
      id: 'requested',
      label: 'Requested',
      cell: item => (
        <CellText
          title={shortRef(item.requestedBy)}
          description={isoDay(item.requestedAt)}
        />
      ),
    },
    {
      id: 'expires',
      label: 'Expires',
      cell: item => <CellText title={isoDay(item.expiresAt)} />,
    },
  ];
  if (onDecide) {
    columns.push({
      id: 'decision',
      label: 'Decision',
      cell: item => (
        <Cell>
          <Flex gap="2">
            <Button
              size="small"
              aria-label={`Approve the ${item.ruleId} waiver of ${shortRef(
                item.entityRef,
              )}`}
              onPress={() => onDecide(item, 'approve')}
            >
              Approve
            </Button>
            <Button
              size="small"
              variant="secondary"
              aria-label={`Reject the ${item.ruleId} waiver of ${shortRef(
                item.entityRef,
              )}`}
              onPress={() => onDecide(item, 'reject')}
            >
              Reject
            </Button>
          </Flex>
        </Cell>
      ),
    });
  }
  return columns;
}
