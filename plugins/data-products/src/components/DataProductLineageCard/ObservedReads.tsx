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
import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { EntityInfoCard, EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Cell,
  CellText,
  type ColumnConfig,
  Skeleton,
  Table,
  Text,
} from '@backstage/ui';
import { STATE_COLORS, useFacts } from '@meshwork/plugin-data-products-react';
import { formatRunTime, LoadError } from '../shared';
import { type ObservedRead, observedReadsOf } from './observedReads';

type ReadRow = ObservedRead & { id: number };

// the colours of the rule states a declared and an undeclared read lead to
const DECLARED_COLORS = {
  declared: STATE_COLORS.pass,
  'not declared': STATE_COLORS.fail,
};

/** Words and colour, so a colour-blind reader reads it too. */
function DeclaredMark(props: { declared: boolean }) {
  const label = props.declared ? 'declared' : 'not declared';
  return (
    <span
      style={{
        padding: '0 8px',
        borderRadius: 4,
        fontSize: '0.75rem',
        whiteSpace: 'nowrap',
        color: DECLARED_COLORS[label],
        border: `1px solid ${DECLARED_COLORS[label]}`,
      }}
    >
      {label}
    </span>
  );
}

const columns: ColumnConfig<ReadRow>[] = [
  {
    id: 'dataset',
    label: 'Dataset read',
    isRowHeader: true,
    minWidth: 200,
    cell: read => <CellText title={read.label} />,
  },
  {
    id: 'product',
    label: 'Upstream data product',
    cell: read =>
      read.product ? (
        <Cell>
          <EntityRefLink entityRef={read.product} />
        </Cell>
      ) : (
        <CellText title="No data product serves it" />
      ),
  },
  {
    id: 'input-port',
    label: 'Input port',
    cell: read => (
      <Cell>
        {read.declared === undefined ? (
          <Text variant="body-small" color="secondary">
            not a data product
          </Text>
        ) : (
          <DeclaredMark declared={read.declared} />
        )}
      </Cell>
    ),
  },
  {
    id: 'job',
    label: 'Job',
    cell: read => <CellText title={read.job ?? '—'} />,
  },
  {
    id: 'last-seen',
    label: 'Last seen',
    cell: read => <CellText title={formatRunTime(read.lastSeenAt)} />,
  },
];

const TITLE = 'Observed reads';

/**
 * What OpenLineage saw the product's jobs read, beside the declared graph:
 * a read of another product that no input port names is marked, as the
 * inputs-observed rule fails on it.
 */
export function ObservedReads(props: { product: Entity }) {
  const { product } = props;
  const { facts, error, retry } = useFacts(stringifyEntityRef(product));
  const reads = useMemo(
    () => facts && observedReadsOf(product, facts),
    [facts, product],
  );

  let content;
  if (error) {
    content = <LoadError error={error} what="observed reads" onRetry={retry} />;
  } else if (!facts) {
    content = (
      <Skeleton
        role="progressbar"
        aria-label="Loading observed reads"
        width="100%"
        height={80}
      />
    );
  } else if (!reads || reads.length === 0) {
    content = (
      <Text as="p">
        No reads observed for this product's jobs yet. Observed lineage comes
        from the OpenLineage fact source: once the pipelines' OpenLineage
        transport posts their run events to Meshwork, the datasets each job
        reads show here beside the declared input ports.
      </Text>
    );
  } else {
    content = (
      <Table
        columnConfig={columns}
        data={reads.map((read, id) => ({ ...read, id }))}
        pagination={{ type: 'none' }}
      />
    );
  }
  return <EntityInfoCard title={TITLE}>{content}</EntityInfoCard>;
}
