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
import { useChanges } from '@meshwork/plugin-data-products-react';
import { LoadError } from '../shared';
import { changeColumns } from './changeColumns';
import { GovernanceSection } from './GovernanceSection';
import { NewestFirstTable } from './NewestFirstTable';

const BREAKING = { severity: 'breaking', limit: 20 } as const;

/**
 * What broke for readers in the products' ports and contracts, as the
 * catalog held them, the newest first: each detection with its version
 * move, whether a new major version allows it, and who reads the port.
 */
export function BreakingChangesSection() {
  const changes = useChanges(BREAKING);
  const { items, error, retry } = changes;

  let content;
  if (error) {
    content = (
      <LoadError
        error={error}
        what="the recent breaking changes"
        onRetry={retry}
      />
    );
  } else if (!items) {
    content = <Skeleton width="100%" height={120} />;
  } else if (items.length === 0) {
    content = (
      <Text as="p">
        No breaking change seen yet. When a product in the catalog removes or
        changes what its readers depend on (a port, a column or its type, the
        SLA, the server), it appears here with the products that read the port,
        and whether a new major version allows it.
      </Text>
    );
  } else {
    content = (
      <NewestFirstTable
        columns={changeColumns}
        rows={items}
        pages={changes}
        older="older changes"
      />
    );
  }

  return (
    <GovernanceSection
      title="Recent breaking changes"
      description="Changes the backend saw in products' ports and contracts that can break their readers, the newest first. One without a new major version of its port or product fails no-unversioned-breaking-change until the owner bumps the major version or restores what changed."
    >
      {content}
    </GovernanceSection>
  );
}
