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

import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Cell, Flex, Text, type ColumnConfig } from '@backstage/ui';
import type { DataProductChangeRecord } from '@meshwork/plugin-data-products-common';
import { PLAIN_LIST } from '../DataProductPortsCard/PortSection';
import { formatRunTime } from '../shared';
import {
  BREAKING_CHANGE_RULE,
  breakingChanges,
  portsOf,
  readersOf,
  verdictOf,
  versionMove,
} from './changeRecord';

/** How many changes a row names before "and N more". */
const NAMED = 3;

const secondary = (text: string) => (
  <Text variant="body-small" color="secondary">
    {text}
  </Text>
);

/** The first changes, each where (in monospace) and what: text only, as the documents wrote it. */
function ChangeList(props: { record: DataProductChangeRecord }) {
  const changes = breakingChanges(props.record);
  const more = changes.length - NAMED;
  return (
    <Flex direction="column" gap="1">
      <ul style={PLAIN_LIST}>
        {changes.slice(0, NAMED).map((change, i) => (
          <li key={i}>
            <code style={{ overflowWrap: 'anywhere' }}>{change.field}</code>{' '}
            <Text variant="body-small">{change.message}</Text>
          </li>
        ))}
      </ul>
      {more > 0 && secondary(`and ${more} more`)}
    </Flex>
  );
}

function Verdict(props: { record: DataProductChangeRecord }) {
  const verdict = verdictOf(props.record);
  if (!verdict.allowed) {
    const { unversioned, of } = verdict;
    return (
      <Flex direction="column" gap="1">
        <Text variant="body-small" weight="bold" color="danger">
          {`not allowed — fails ${BREAKING_CHANGE_RULE}`}
        </Text>
        {unversioned < of &&
          secondary(`${unversioned} of ${of} without a new major version`)}
      </Flex>
    );
  }
  return (
    <Text variant="body-small" color="success">
      {['allowed', ...verdict.reasons].join(': ')}
    </Text>
  );
}

function Readers(props: { record: DataProductChangeRecord }) {
  const readers = readersOf(breakingChanges(props.record));
  if (!readers) return secondary('—');
  if (readers.length === 0) return secondary('No known reader');
  return (
    <ul style={PLAIN_LIST}>
      {readers.map(ref => (
        <li key={ref}>
          <EntityRefLink entityRef={ref} />
        </li>
      ))}
    </ul>
  );
}

/** One row a detection: the product, when, the version move, ports, changes, verdict, readers. */
export const changeColumns: ColumnConfig<DataProductChangeRecord>[] = [
  {
    id: 'product',
    label: 'Data product',
    isRowHeader: true,
    cell: record => (
      <Cell>
        <EntityRefLink entityRef={record.entityRef} />
      </Cell>
    ),
  },
  {
    id: 'detected',
    label: 'Detected',
    // whole, wrapped: a truncated time or version tells governance nothing
    cell: record => <Cell>{formatRunTime(record.detectedAt)}</Cell>,
  },
  {
    id: 'version',
    label: 'Version',
    cell: record => <Cell>{versionMove(record)}</Cell>,
  },
  {
    id: 'ports',
    label: 'Ports',
    cell: record => {
      const ports = portsOf(breakingChanges(record));
      return (
        <Cell>
          {ports.length === 0 ? (
            secondary('the product itself')
          ) : (
            <ul style={PLAIN_LIST}>
              {ports.map(port => (
                <li key={port}>{port}</li>
              ))}
            </ul>
          )}
        </Cell>
      );
    },
  },
  {
    id: 'changes',
    label: 'What changed',
    minWidth: 280,
    cell: record => (
      <Cell>
        <ChangeList record={record} />
      </Cell>
    ),
  },
  {
    id: 'major',
    label: 'Major version',
    cell: record => (
      <Cell>
        <Verdict record={record} />
      </Cell>
    ),
  },
  {
    id: 'readers',
    label: 'Readers',
    cell: record => (
      <Cell>
        <Readers record={record} />
      </Cell>
    ),
  },
];
