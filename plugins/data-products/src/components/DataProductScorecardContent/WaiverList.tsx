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

import { Skeleton, Text } from '@backstage/ui';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type {
  DataProductWaiver,
  WaiverStatus,
} from '@meshwork/plugin-data-products-common';
import { LoadError } from '../shared';
import { formatDate } from './dates';

const STATUS_LABELS: Record<WaiverStatus, string> = {
  requested: 'Requested',
  approved: 'Approved',
  rejected: 'Rejected',
  expired: 'Expired',
};

const STATUS_COLORS = {
  requested: 'info',
  approved: 'success',
  rejected: 'danger',
  expired: 'secondary',
} as const;

/** A user ref as a link to their page; `system` (an expiry) as it is. */
function Actor(props: { actor: string }) {
  try {
    const ref = parseEntityRef(props.actor, { defaultKind: 'user' });
    return <EntityRefLink entityRef={ref} />;
  } catch {
    return <>{props.actor}</>;
  }
}

function WaiverRow(props: { waiver: DataProductWaiver; ruleTitle: string }) {
  const { waiver, ruleTitle } = props;
  return (
    <tr>
      <td>{ruleTitle}</td>
      <td>
        <Text color={STATUS_COLORS[waiver.status]} weight="bold">
          {STATUS_LABELS[waiver.status]}
        </Text>
      </td>
      <td>{waiver.justification}</td>
      <td>{formatDate(waiver.expiresAt)}</td>
      <td>
        <Actor actor={waiver.requestedBy} />, {formatDate(waiver.requestedAt)}
      </td>
      <td>
        {waiver.decidedBy ? (
          <>
            <Actor actor={waiver.decidedBy} />
            {waiver.decidedAt && `, ${formatDate(waiver.decidedAt)}`}
          </>
        ) : (
          <em>not yet</em>
        )}
      </td>
    </tr>
  );
}

/** This product's waivers, newest request first, with who asked and who decided. */
export function WaiverList(props: {
  waivers?: DataProductWaiver[];
  error?: Error;
  onRetry: () => void;
  ruleTitle: (ruleId: string) => string;
}) {
  const { waivers, error, onRetry, ruleTitle } = props;
  if (error)
    return <LoadError error={error} what="waivers" onRetry={onRetry} />;
  if (!waivers) return <Skeleton width="100%" height={48} />;
  if (waivers.length === 0) {
    return <Text as="p">No waivers have been requested for this product.</Text>;
  }
  const sorted = [...waivers].sort((a, b) =>
    b.requestedAt.localeCompare(a.requestedAt),
  );
  return (
    // Many columns outgrow a narrow tab: let the table scroll, not spill.
    <div style={{ overflowX: 'auto' }}>
      <table aria-label="Waivers" style={{ width: '100%' }}>
        <thead>
          <tr>
            {[
              'Rule',
              'Status',
              'Justification',
              'Expires',
              'Requested by',
              'Decided by',
            ].map(column => (
              <th key={column} align="left">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map(waiver => (
            <WaiverRow
              key={waiver.id}
              waiver={waiver}
              ruleTitle={ruleTitle(waiver.ruleId)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
