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

import { useMemo } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { lineagePortLabels } from './lineagePorts';
import { lineageKey, walkLineage } from './walkLineage';

/** Enough of each product to follow its relations, and no more. */
const LINEAGE_FIELDS = ['kind', 'metadata', 'relations'];
/** Enough of each product to say which port versions it reads. */
const PORT_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.inputPorts',
  'spec.outputPorts',
];

/**
 * A data product's lineage up to `maxDepth` hops each way, read from the
 * catalog one batch per hop per direction; `portLabels`, the port versions
 * each product in it reads of another (one more batch, once the lineage is
 * known), by `edgeKey`; and `entityFilter`, which keeps
 * the product and its lineage on the catalog graph and drops everything
 * else the graph meets on the way (siblings). The filter keeps its identity
 * until the lineage changes: the graph refetches whenever it changes.
 */
export function useLineage(product: Entity, maxDepth: number) {
  const catalogApi = useApi(catalogApiRef);
  const state = useAsyncRetry(async () => {
    const read = async (entityRefs: string[], fields: string[]) =>
      (await catalogApi.getEntitiesByRefs({ entityRefs, fields })).items;
    const walked = await walkLineage(product, maxDepth, refs =>
      read(refs, LINEAGE_FIELDS),
    );
    const others = [...walked.upstream, ...walked.downstream];
    const withPorts = others.length ? await read(others, PORT_FIELDS) : [];
    return {
      lineage: walked,
      portLabels: lineagePortLabels([
        product,
        ...withPorts.filter((item): item is Entity => !!item),
      ]),
    };
  }, [catalogApi, product, maxDepth]);
  const lineage = state.value?.lineage;
  const productRef = stringifyEntityRef(product);

  const entityFilter = useMemo(() => {
    if (!lineage) return undefined;
    const kept = new Set(
      [productRef, ...lineage.upstream, ...lineage.downstream].map(lineageKey),
    );
    return (entity: Entity) => kept.has(lineageKey(stringifyEntityRef(entity)));
  }, [lineage, productRef]);

  return {
    lineage,
    portLabels: state.value?.portLabels,
    entityFilter,
    loading: state.loading,
    error: state.error,
    retry: state.retry,
  };
}
