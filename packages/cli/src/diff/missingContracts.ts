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
  resolveProductRef,
} from '@meshwork/plugin-data-products-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { locateInChunk } from './locateFields';
import type { YamlCache } from './yamlDocuments';
import type { DiffProblem, SideContract, SideProduct } from './types';

function refOf(product: SideProduct, contract: string): string | undefined {
  try {
    return stringifyEntityRef(
      resolveProductRef(product.entity, contract, 'API'),
    );
  } catch {
    return undefined;
  }
}

/**
 * Output ports whose contract is not among the files: without it, the
 * diff could not tell what its readers lose. `otherApis` are API entities
 * of another `spec.type` (ref to type), named when a port points at one;
 * `unreadable` contracts (refs and ids) have been reported already.
 */
export function missingContracts(
  products: SideProduct[],
  contracts: SideContract[],
  otherApis: Map<string, string>,
  unreadable: Set<string>,
  cache: YamlCache,
): DiffProblem[] {
  const problems: DiffProblem[] = [];
  for (const product of products) {
    const lookup = contractLookup(product.entity, contracts);
    (product.entity.spec.outputPorts ?? []).forEach((port, index) => {
      if (!(port.contract || port.contractId) || lookup(port)) return;
      const ref = port.contract && refOf(product, port.contract);
      // already reported where it fails to read
      if ((ref && unreadable.has(ref)) || unreadable.has(port.contractId ?? ''))
        return;
      const key = port.contract ? 'contract' : 'contractId';
      const type = ref && otherApis.get(ref);
      const wanted = [
        ref && `the API entity ${ref}`,
        port.contractId && `an ODCS document with id ${port.contractId}`,
      ].filter(Boolean);
      problems.push({
        file: product.chunk.file.name,
        ...locateInChunk(cache, product.chunk, [
          'spec',
          'outputPorts',
          index,
          key,
        ]),
        severity: 'error',
        message: type
          ? `spec.outputPorts[${index}].contract: ${ref} is an API of spec.type ${type}, not an ODCS contract (spec.type: odcs)`
          : `spec.outputPorts[${index}].${key}: the port's contract is not among the files given (looked for ${wanted.join(
              ', then for ',
            )}); give the files or folder that hold it too`,
      });
    });
  }
  return problems;
}
