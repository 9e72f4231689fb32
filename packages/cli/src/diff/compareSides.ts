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
  contractLookup,
  diffDataProducts,
  type DataProductDiff,
  type DataProductRevision,
  type OutputPort,
} from '@meshwork/plugin-data-products-common';
import type { Entity } from '@backstage/catalog-model';
import type { Side, SideContract, SideProduct } from './types';

/** How a product differs between the sides, and where each version is. */
export interface ProductDiff {
  ref: string;
  status: 'changed' | 'unchanged' | 'added' | 'removed';
  /** NEW's version, absent when it was removed. */
  now?: SideProduct;
  /** OLD's version, absent when it was added. */
  old?: SideProduct;
  diff: DataProductDiff;
  /** Each version's way to its ports' contracts. */
  contractsOf: {
    old: (port: OutputPort) => SideContract | undefined;
    now: (port: OutputPort) => SideContract | undefined;
  };
}

type Lookup = ProductDiff['contractsOf']['old'];

function revision(
  product: SideProduct,
  contracts: SideContract[],
): { revision: DataProductRevision; lookup: Lookup } {
  const lookup = contractLookup(product.entity, contracts) as Lookup;
  return {
    revision: { entity: product.entity, contractOf: lookup },
    lookup,
  };
}

const key = (product: SideProduct) => product.ref.toLocaleLowerCase('en-US');

/**
 * Every product of either side, paired by entity ref, with what changed.
 * A product NEW no longer holds is compared with itself without ports: for
 * its readers, every port is gone (a product moved to another file of the
 * same side is still paired).
 */
export function compareSides(
  old: Side,
  now: Side,
  readers: ReadonlyArray<Entity> | undefined,
): ProductDiff[] {
  const options = readers ? { readers } : {};
  const olds = new Map(old.products.map(p => [key(p), p]));
  const nows = new Set(now.products.map(key));
  const none: Lookup = () => undefined;
  const diffs: ProductDiff[] = [];
  for (const product of now.products) {
    const after = revision(product, now.contracts);
    const previous = olds.get(key(product));
    if (!previous) {
      diffs.push({
        ref: product.ref,
        status: 'added',
        now: product,
        diff: { changes: [], unversioned: [] },
        contractsOf: { old: none, now: after.lookup },
      });
      continue;
    }
    const before = revision(previous, old.contracts);
    const diff = diffDataProducts(before.revision, after.revision, options);
    diffs.push({
      ref: product.ref,
      status: diff.changes.length > 0 ? 'changed' : 'unchanged',
      now: product,
      old: previous,
      diff,
      contractsOf: { old: before.lookup, now: after.lookup },
    });
  }
  for (const previous of old.products.filter(p => !nows.has(key(p)))) {
    const before = revision(previous, old.contracts);
    const entity = previous.entity;
    const gone = { ...entity, spec: { ...entity.spec, outputPorts: [] } };
    diffs.push({
      ref: previous.ref,
      status: 'removed',
      old: previous,
      diff: diffDataProducts(before.revision, { entity: gone }, options),
      contractsOf: { old: before.lookup, now: none },
    });
  }
  return diffs;
}
