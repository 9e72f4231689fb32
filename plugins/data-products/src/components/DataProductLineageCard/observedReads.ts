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

import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  type DataProductFact,
  type ObservedInput,
  resolveProductRef,
} from '@meshwork/plugin-data-products-common';

/** A dataset a product's jobs were seen reading, and whether an input port names its product. */
export interface ObservedRead extends ObservedInput {
  /** Undefined when no data product serves the dataset: no port could name it. */
  declared?: boolean;
}

const key = (ref: string) => ref.toLocaleLowerCase('en-US');

function declaredProducts(entity: Entity): Set<string> {
  const ports = (entity.spec?.inputPorts ?? []) as Array<{
    dataProduct?: unknown;
  }>;
  const refs = new Set<string>();
  for (const port of ports) {
    if (typeof port.dataProduct !== 'string') continue;
    try {
      const ref = resolveProductRef(entity, port.dataProduct, 'DataProduct');
      refs.add(key(stringifyEntityRef(ref)));
    } catch {
      // a malformed ref declares nothing; the inputs-resolve rule names it
    }
  }
  return refs;
}

/**
 * The product's observed reads from its `observed-inputs` fact, newest
 * first; undefined when no lineage was observed at all. Entries a tool
 * wrote without a label or a time are left out, as the rule leaves them.
 */
export function observedReadsOf(
  entity: Entity,
  facts: DataProductFact[],
): ObservedRead[] | undefined {
  const fact = facts.find(f => f.name === 'observed-inputs' && !f.port);
  const inputs = (fact?.value as { inputs?: unknown } | undefined)?.inputs;
  if (!Array.isArray(inputs)) return undefined;
  const declared = declaredProducts(entity);
  return (inputs as Partial<ObservedInput>[])
    .filter(
      (input): input is ObservedInput =>
        typeof input?.label === 'string' &&
        typeof input.lastSeenAt === 'string',
    )
    .map(input => ({
      ...input,
      declared: input.product ? declared.has(key(input.product)) : undefined,
    }))
    .sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
}
