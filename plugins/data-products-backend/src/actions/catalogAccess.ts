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
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { isDataProductEntity } from '@meshwork/plugin-data-products-common';

/** The fields enough to know an entity exists for the caller. */
const REF_FIELDS = ['kind', 'metadata.name', 'metadata.namespace'];

/** A ref as an assistant may write it (`orders`, `dataproduct:default/orders`), completed. */
export function completeRef(
  value: string,
  defaultKind: string,
  field: string,
): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
    );
  } catch {
    throw new InputError(
      `${field}: expected an entity ref such as ${defaultKind.toLocaleLowerCase(
        'en-US',
      )}:default/my-name, got "${value}"`,
    );
  }
}

/**
 * The product, if the caller may read it in the catalog: the scorecard
 * store knows every product, so the catalog's permission policy, asked with
 * the caller's own credentials, decides what an action shows them.
 */
export async function requireReadableProduct(
  catalog: CatalogService,
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<void> {
  const product = await catalog.getEntityByRef(entityRef, { credentials });
  if (!isDataProductEntity(product)) {
    throw new NotFoundError(
      `No data product ${entityRef} in the catalog, or you may not read it`,
    );
  }
}

/** Which of the refs the caller may read in the catalog: one query for a page. */
export async function readableRefs(
  catalog: CatalogService,
  entityRefs: string[],
  credentials: BackstageCredentials,
): Promise<Set<string>> {
  if (entityRefs.length === 0) return new Set();
  const { items } = await catalog.getEntitiesByRefs(
    { entityRefs, fields: REF_FIELDS },
    { credentials },
  );
  return new Set(
    items.flatMap(item => (item ? [stringifyEntityRef(item)] : [])),
  );
}
