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

import { Cell, CellText, type ColumnConfig, Flex, Text } from '@backstage/ui';
import type { UnplacedResult } from '@meshwork/plugin-data-products-common';
import { formatRunTime } from '../shared';

export type UnplacedRow = UnplacedResult & { id: number };

/** Tool, dataset, the keys a port could claim it by, checks and when it came. */
export const unplacedColumns: ColumnConfig<UnplacedRow>[] = [
  {
    id: 'tool',
    label: 'Tool',
    cell: result => (
      <CellText title={result.tool} description={result.job ?? result.runId} />
    ),
  },
  {
    id: 'dataset',
    label: 'Dataset',
    isRowHeader: true,
    minWidth: 200,
    cell: result => <CellText title={result.label} />,
  },
  {
    id: 'keys',
    label: 'Keys a port can claim it by',
    minWidth: 240,
    cell: result => (
      <Cell>
        <Flex direction="column" gap="1">
          {result.keys.map(key => (
            <code key={key} style={{ overflowWrap: 'anywhere' }}>
              {key}
            </code>
          ))}
        </Flex>
      </Cell>
    ),
  },
  {
    id: 'checks',
    label: 'Checks',
    cell: result => <CellText title={String(result.checks)} />,
  },
  {
    id: 'received',
    label: 'Received',
    cell: result => (
      <Cell>
        <Flex direction="column" gap="1">
          <Text variant="body-small">{formatRunTime(result.receivedAt)}</Text>
          <Text variant="body-small" color="secondary">
            {result.reportedBy}
          </Text>
        </Flex>
      </Cell>
    ),
  },
];
