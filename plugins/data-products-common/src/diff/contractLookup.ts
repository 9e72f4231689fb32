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

import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { resolveProductRef, type OutputPort } from '../entity';
import { parseOdcsContract, type OdcsContract } from '../odcs';

/** A contract a diff may compare, and what to call it in a finding. @public */
export interface DiffContract {
  /** The full ref of the API entity holding it, when one does. */
  ref?: string;
  contract: OdcsContract;
  /** `api:default/orders`, or the file of an ODCS document. */
  source: string;
}

/**
 * The ODCS contracts of API entities of `spec.type: odcs`. A definition that
 * does not read as a contract is left out: whoever needs to report it parses
 * it with `parseOdcsContract`, which says where it fails.
 * @public
 */
export function contractsOfApis(
  entities: ReadonlyArray<Entity>,
): DiffContract[] {
  return entities.flatMap(entity => {
    if (entity.kind !== 'API' || entity.spec?.type !== 'odcs') return [];
    const parsed = parseOdcsContract(entity.spec?.definition);
    if (!parsed.ok) return [];
    const ref = stringifyEntityRef(entity);
    return [{ ref, contract: parsed.contract, source: ref }];
  });
}

/**
 * How a product's output ports find their contracts among `contracts`: by
 * the port's `contract` ref (resolved in the product's namespace), else by
 * its `contractId`, the ODCS `id`.
 * @public
 */
export function contractLookup(
  product: Entity,
  contracts: ReadonlyArray<DiffContract>,
): (port: OutputPort) => DiffContract | undefined {
  const byRef = new Map(contracts.filter(c => c.ref).map(c => [c.ref!, c]));
  // Built at the first port that needs it: only then is each contract's
  // content looked at, which a caller may hold unread until then.
  let byIdMap: Map<string, DiffContract> | undefined;
  const byId = () =>
    (byIdMap ??= new Map(
      contracts.filter(c => c.contract.id).map(c => [c.contract.id!, c]),
    ));
  return port => {
    if (port.contract) {
      try {
        const ref = stringifyEntityRef(
          resolveProductRef(product, port.contract, 'API'),
        );
        const held = byRef.get(ref);
        if (held) return held;
      } catch {
        // a malformed ref finds nothing; the linter reports it
      }
    }
    return port.contractId ? byId().get(port.contractId) : undefined;
  };
}
