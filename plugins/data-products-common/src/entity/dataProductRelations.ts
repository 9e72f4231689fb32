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
  CompoundEntityRef,
  getCompoundEntityRef,
  RELATION_API_CONSUMED_BY,
  RELATION_API_PROVIDED_BY,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { resolveProductRef } from './resolveProductRef';
import type { DataProductEntityV1alpha1 } from './DataProductEntityV1alpha1';

/** A relation between two entities, as the catalog stores it. @public */
export interface DataProductRelation {
  source: CompoundEntityRef;
  type: string;
  target: CompoundEntityRef;
}

/**
 * Every relation a data product's fields declare, each with its reverse, as
 * the README's "Describing a data product" lists them: owner, domain,
 * upstream products, contracts.
 * A target named twice (two input ports from one upstream) gives one pair.
 * The catalog emits them; the scorecard reads the outgoing ones to know which
 * entities a product's rules will look up.
 * @public
 */
export function dataProductRelations(
  entity: DataProductEntityV1alpha1,
): DataProductRelation[] {
  const self = getCompoundEntityRef(entity);
  const { spec } = entity;
  const relations = new Map<string, DataProductRelation>();

  function relate(
    refs: Array<string | undefined>,
    defaultKind: string,
    outgoing: string,
    incoming: string,
  ) {
    for (const ref of refs) {
      if (!ref) continue;
      const target = resolveProductRef(entity, ref, defaultKind);
      for (const relation of [
        { source: self, type: outgoing, target },
        { source: target, type: incoming, target: self },
      ]) {
        const key = `${stringifyEntityRef(relation.source)} ${
          relation.type
        } ${stringifyEntityRef(relation.target)}`;
        relations.set(key, relation);
      }
    }
  }

  relate([spec.owner], 'Group', RELATION_OWNED_BY, RELATION_OWNER_OF);
  relate([spec.domain], 'Domain', RELATION_PART_OF, RELATION_HAS_PART);
  relate(
    (spec.inputPorts ?? []).map(p => p.dataProduct),
    'DataProduct',
    RELATION_DEPENDS_ON,
    RELATION_DEPENDENCY_OF,
  );
  relate(
    (spec.inputPorts ?? []).map(p => p.contract),
    'API',
    RELATION_CONSUMES_API,
    RELATION_API_CONSUMED_BY,
  );
  relate(
    (spec.outputPorts ?? []).map(p => p.contract),
    'API',
    RELATION_PROVIDES_API,
    RELATION_API_PROVIDED_BY,
  );
  return [...relations.values()];
}
