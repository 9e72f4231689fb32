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

import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import type { DataProductColumnId } from '../DataProductTable';
import { OwnedDataProductsCard } from '../OwnedDataProductsCard';

/** The domain is the card's own: the owner says who answers for each product. */
const COLUMNS: DataProductColumnId[] = ['title', 'owner', 'level', 'score'];

/** The data products of a domain, and how they score. @public */
export function DomainDataProductsCard() {
  const { entity } = useEntity();
  const domainRef = stringifyEntityRef(entity);
  // The legacy entity page keeps the card mounted from one domain to the
  // next: a new key starts it afresh, so the last domain's rows never show.
  return (
    <OwnedDataProductsCard
      key={domainRef}
      title="Data products"
      entityRef={domainRef}
      rollupBy="domain"
      filters={{ domain: [domainRef] }}
      browseFilters={{ domain: [domainRef] }}
      columns={COLUMNS}
      emptyMessage="This domain has no data products."
    />
  );
}
