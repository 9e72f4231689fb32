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
  portKey,
  type DataProductChange,
  type DataProductChangeKind,
} from '@meshwork/plugin-data-products-common';
import type { ProductDiff } from './compareSides';
import {
  locateInChunk,
  locateInContract,
  parseFieldPath,
} from './locateFields';
import type { YamlCache } from './yamlDocuments';
import type { Position, SideContract } from './types';

/** Where a change is: a file, and the line and column when found. */
export type ChangeLocation = { file: string } & Partial<Position>;

/** Changes about what OLD had and NEW has not: their place is in OLD's files. */
const GONE_FROM_CONTRACT = new Set<DataProductChangeKind>([
  'column-removed',
  'schema-object-removed',
]);

/** The contract a change in one is about: OLD's port's for what was removed, else NEW's. */
function contractOf(
  change: DataProductChange,
  product: ProductDiff,
  specField: string,
): SideContract | undefined {
  if (GONE_FROM_CONTRACT.has(change.kind)) {
    const port = (product.old?.entity.spec.outputPorts ?? []).find(
      p => portKey(p) === change.portKey,
    );
    return port && product.contractsOf.old(port);
  }
  const [, , index] = parseFieldPath(specField);
  const port = product.now?.entity.spec.outputPorts?.[index as number];
  return port && product.contractsOf.now(port);
}

/**
 * Where to look at a change, best effort: a field of the product in its
 * file (OLD's for a removed port, else NEW's), or a place in a contract:
 * its ODCS document or its API entity's inline definition.
 */
export function locateChange(
  change: DataProductChange,
  product: ProductDiff,
  cache: YamlCache,
): ChangeLocation | undefined {
  const [specField, source, contractPath] = change.field.split(' › ');
  if (source !== undefined && contractPath !== undefined) {
    const contract = contractOf(change, product, specField);
    if (contract) {
      return {
        file: contract.home.chunk.file.name,
        ...locateInContract(cache, contract.home, parseFieldPath(contractPath)),
      };
    }
  }
  const side =
    change.kind === 'port-removed' || !product.now ? product.old : product.now;
  if (!side) return undefined;
  return {
    file: side.chunk.file.name,
    ...locateInChunk(cache, side.chunk, parseFieldPath(specField)),
  };
}
