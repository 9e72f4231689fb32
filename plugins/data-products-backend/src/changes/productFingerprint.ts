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
import {
  resolveProductRef,
  type DataProductEntityV1alpha1,
} from '@meshwork/plugin-data-products-common';
import { createHash } from 'node:crypto';

/** JSON with every object's keys sorted: a digest that ignores key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A short digest of a value, for a varchar(64) column. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('base64');
}

/**
 * The API entities the product's output ports name as contracts, as full
 * refs: the ones whose etags say whether a contract changed. A malformed
 * ref names none; the scorecard's contract rule reports it.
 */
export function contractRefsOf(product: DataProductEntityV1alpha1): string[] {
  const refs = new Set<string>();
  for (const port of product.spec.outputPorts ?? []) {
    if (!port.contract) continue;
    try {
      refs.add(
        stringifyEntityRef(resolveProductRef(product, port.contract, 'API')),
      );
    } catch {
      // nothing to watch
    }
  }
  return [...refs].sort();
}

/**
 * What a product's readers depend on, as a digest: its output ports, its
 * status and version, and the etag of each contract its ports name (the
 * catalog changes an entity's etag whenever the entity changes). Equal
 * digests need no comparison, so a run that finds nothing changed reads
 * no contract's definition.
 */
export function productFingerprint(
  product: DataProductEntityV1alpha1,
  etagOf: (entityRef: string) => string | undefined,
): string {
  return digestOf({
    outputPorts: product.spec.outputPorts ?? [],
    status: product.spec.status,
    version: product.spec.version,
    contracts: contractRefsOf(product).map(ref => [ref, etagOf(ref) ?? null]),
  });
}
