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

import { useState } from 'react';
import { Switch } from '@backstage/ui';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { DataProductColumnId } from '../DataProductTable';
import { OwnedDataProductsCard } from '../OwnedDataProductsCard';

const DIRECT_COLUMNS: DataProductColumnId[] = [
  'title',
  'domain',
  'level',
  'score',
];
/** With sub-groups the owner tells which team answers for each product. */
const AGGREGATED_COLUMNS: DataProductColumnId[] = [
  'title',
  'domain',
  'owner',
  'level',
  'score',
];

function GroupCard(props: { groupRef: string }) {
  const { groupRef } = props;
  const [includeSubGroups, setIncludeSubGroups] = useState(false);
  const filters = includeSubGroups
    ? { underOwner: groupRef }
    : { owner: [groupRef] };
  return (
    <OwnedDataProductsCard
      title="Data products"
      entityRef={groupRef}
      rollupBy="owner"
      filters={filters}
      browseFilters={filters}
      columns={includeSubGroups ? AGGREGATED_COLUMNS : DIRECT_COLUMNS}
      headerActions={
        <Switch
          label="Include sub-groups"
          isSelected={includeSubGroups}
          onChange={setIncludeSubGroups}
        />
      }
      emptyMessage={
        includeSubGroups
          ? 'Neither this group nor its sub-groups own a data product.'
          : 'This group owns no data products.'
      }
    />
  );
}

/** The data products a group owns, and how they score. @public */
export function GroupDataProductsCard() {
  const { entity } = useEntity();
  const groupRef = stringifyEntityRef(entity);
  // The legacy entity page keeps the card mounted from one group to the
  // next: a new key starts it afresh, without the last group's rows or switch.
  return <GroupCard key={groupRef} groupRef={groupRef} />;
}
