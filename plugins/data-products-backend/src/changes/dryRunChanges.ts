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

import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  diffDataProducts,
  isDataProductEntity,
  type DataProductDiff,
  type DataProductEntityV1alpha1,
} from '@meshwork/plugin-data-products-common';
import { loadContracts, loadReaders, revisionOf } from './catalogRevisions';
import { contractRefsOf } from './productFingerprint';

/**
 * What each posted product changes for its readers, compared with the
 * version the catalog holds, by ref; a product the catalog does not hold
 * (or hides from the caller) has nothing to compare with. Everything is
 * read with the caller's credentials: the contracts, and the readers, of
 * which only those the caller may read are named. A contract posted
 * beside the product stands in for the catalog's.
 */
export async function dryRunChanges(
  catalog: CatalogService,
  posted: Entity[],
  readable: ReadonlySet<string>,
  credentials: BackstageCredentials,
): Promise<Map<string, DataProductDiff>> {
  const products = posted
    .filter(isDataProductEntity)
    .filter(product => readable.has(stringifyEntityRef(product)));
  if (products.length === 0) return new Map();
  const { items } = await catalog.getEntitiesByRefs(
    {
      entityRefs: products.map(p => stringifyEntityRef(p)),
      fields: ['apiVersion', 'kind', 'metadata', 'spec'],
    },
    { credentials },
  );
  const held = new Map<string, DataProductEntityV1alpha1>();
  for (const item of items) {
    if (item && isDataProductEntity(item)) {
      held.set(stringifyEntityRef(item), item);
    }
  }
  if (held.size === 0) return new Map();

  // The catalog's version of a posted contract too: the held product's.
  const catalogApis = await loadContracts(
    catalog,
    [...held.values(), ...products].flatMap(contractRefsOf),
    credentials,
  );
  const postedApis = posted.filter(e => e.kind === 'API');
  const readers = await loadReaders(catalog, [...held.keys()], credentials);
  const diffs = new Map<string, DataProductDiff>();
  for (const product of products) {
    const ref = stringifyEntityRef(product);
    const before = held.get(ref);
    if (!before) continue;
    diffs.set(
      ref,
      diffDataProducts(
        revisionOf(before, catalogApis),
        // The posted contracts come last: they win over the catalog's.
        revisionOf(product, [...catalogApis, ...postedApis]),
        { readers },
      ),
    );
  }
  return diffs;
}
