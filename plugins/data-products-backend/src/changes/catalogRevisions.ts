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
import {
  Entity,
  parseEntityRef,
  RELATION_DEPENDS_ON,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  contractLookup,
  contractsOfApis,
  type DataProductEntityV1alpha1,
  type DataProductRevision,
} from '@meshwork/plugin-data-products-common';
import { scanCatalog } from '@meshwork/plugin-data-products-node';
import type { StoredRevision } from '../database/ChangeHistoryStore';
import { contractRefsOf } from './productFingerprint';

/** Refs per `getEntitiesByRefs` call. */
const REFS_PER_CALL = 1000;
/** Products per readers' query: the filter travels in the URL. */
const PRODUCTS_PER_QUERY = 100;

/** What a diff reads of a contract's API entity. */
const CONTRACT_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.type',
  'spec.definition',
];

/** What a diff and a notification read of a reader. */
const READER_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.owner',
  'spec.inputPorts',
];

/** The API entities named, each with its definition, as the credentials may read them. */
export async function loadContracts(
  catalog: CatalogService,
  entityRefs: string[],
  credentials: BackstageCredentials,
): Promise<Entity[]> {
  const refs = [...new Set(entityRefs)];
  const found: Entity[] = [];
  for (let i = 0; i < refs.length; i += REFS_PER_CALL) {
    const { items } = await catalog.getEntitiesByRefs(
      { entityRefs: refs.slice(i, i + REFS_PER_CALL), fields: CONTRACT_FIELDS },
      { credentials },
    );
    for (const item of items) if (item) found.push(item);
  }
  return found;
}

/**
 * The data products that depend on any of the products (the catalog's
 * `dependsOn` relation, which their input ports make), as the credentials
 * may read them; `diffDataProducts` works out which port each reads.
 */
export async function loadReaders(
  catalog: CatalogService,
  productRefs: string[],
  credentials: BackstageCredentials,
): Promise<Entity[]> {
  const readers = new Map<string, Entity>();
  for (let i = 0; i < productRefs.length; i += PRODUCTS_PER_QUERY) {
    const query = {
      filter: {
        kind: 'DataProduct',
        [`relations.${RELATION_DEPENDS_ON}`]: productRefs.slice(
          i,
          i + PRODUCTS_PER_QUERY,
        ),
      },
      fields: READER_FIELDS,
    };
    for await (const reader of scanCatalog(catalog, credentials, query)) {
      readers.set(stringifyEntityRef(reader), reader);
    }
  }
  return [...readers.values()];
}

/** A version of a product to compare: the entity and the contracts among `apis`. */
export function revisionOf(
  entity: DataProductEntityV1alpha1,
  apis: ReadonlyArray<Entity>,
): DataProductRevision {
  return { entity, contractOf: contractLookup(entity, contractsOfApis(apis)) };
}

/**
 * What the store keeps of a version: the entity without what no comparison
 * reads (its relations, status, annotations), and the definitions of the
 * ODCS contracts its ports name.
 */
export function storedRevision(
  product: DataProductEntityV1alpha1,
  apis: ReadonlyArray<Entity>,
): StoredRevision {
  const named = new Set(contractRefsOf(product));
  return {
    entity: {
      apiVersion: product.apiVersion,
      kind: product.kind,
      metadata: {
        name: product.metadata.name,
        namespace: product.metadata.namespace,
      },
      spec: product.spec,
    },
    contracts: apis.flatMap(api => {
      const ref = stringifyEntityRef(api);
      const definition = api.spec?.definition;
      return named.has(ref) &&
        api.spec?.type === 'odcs' &&
        typeof definition === 'string'
        ? [{ ref, definition }]
        : [];
    }),
  };
}

/** A stored version, ready to compare. */
export function revisionFromStore(stored: StoredRevision): DataProductRevision {
  const apis = stored.contracts.map(({ ref, definition }): Entity => {
    const { kind, namespace, name } = parseEntityRef(ref);
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: kind === 'api' ? 'API' : kind,
      metadata: { name, namespace },
      spec: { type: 'odcs', definition },
    };
  });
  return revisionOf(stored.entity, apis);
}
