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

import {
  type Entity,
  parseEntityRef,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { DATA_PRODUCT_KIND } from '@meshwork/plugin-data-products-common';

/**
 * A data product's lineage, nearest hop first: the products it reads from,
 * and those from which they read (`upstream`); the products that read it,
 * and those that read them (`downstream`). Siblings (other readers of an
 * upstream product, other sources of a downstream one) are not lineage.
 */
export interface Lineage {
  upstream: string[];
  downstream: string[];
}

/**
 * Reads the relations of a batch of products: one catalog call per hop.
 * The answer is in the order asked, with a gap for a product the catalog
 * does not know (any more).
 */
export type ReadProducts = (
  entityRefs: string[],
) => Promise<Array<Entity | null | undefined>>;

/** Entity refs are case-insensitive in the catalog. */
export function lineageKey(entityRef: string): string {
  return entityRef.toLocaleLowerCase('en-US');
}

function isProductRef(entityRef: string): boolean {
  try {
    const { kind } = parseEntityRef(entityRef);
    return lineageKey(kind) === lineageKey(DATA_PRODUCT_KIND);
  } catch {
    return false; // a malformed ref leads nowhere
  }
}

/** The products one hop further along `relation`, each met only once. */
function nextHop(
  products: Entity[],
  relation: string,
  seen: Set<string>,
): string[] {
  const hop: string[] = [];
  for (const product of products) {
    for (const { type, targetRef } of product.relations ?? []) {
      if (type !== relation || !isProductRef(targetRef)) continue;
      const key = lineageKey(targetRef);
      if (seen.has(key)) continue;
      seen.add(key);
      hop.push(targetRef);
    }
  }
  return hop;
}

/**
 * Follows one relation away from the product, up to `maxDepth` hops. The
 * first hop comes from the product's own relations; each further hop reads
 * the previous one in a single batch. The last hop is not read: the graph
 * fetches those products itself, and their relations lead out of range.
 */
async function follow(
  product: Entity,
  relation: string,
  maxDepth: number,
  read: ReadProducts,
): Promise<string[]> {
  const seen = new Set([lineageKey(stringifyEntityRef(product))]);
  const found: string[] = [];
  let hop = maxDepth >= 1 ? nextHop([product], relation, seen) : [];
  for (let depth = 1; depth < maxDepth && hop.length > 0; depth++) {
    const items = await read(hop);
    const known: Entity[] = [];
    hop.forEach((ref, i) => {
      const item = items[i];
      if (!item) return; // a dangling ref: nothing to show, nothing to follow
      found.push(ref);
      known.push(item);
    });
    hop = nextHop(known, relation, seen);
  }
  return [...found, ...hop];
}

/**
 * Walks a product's lineage: `dependsOn` away from it for the upstream,
 * `dependencyOf` away from it for the downstream, the two in parallel.
 * Never turning back is what keeps siblings out.
 */
export async function walkLineage(
  product: Entity,
  maxDepth: number,
  read: ReadProducts,
): Promise<Lineage> {
  const [upstream, downstream] = await Promise.all([
    follow(product, RELATION_DEPENDS_ON, maxDepth, read),
    follow(product, RELATION_DEPENDENCY_OF, maxDepth, read),
  ]);
  return { upstream, downstream };
}
