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

import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
// As serveRouter.ts: the backend exports only its plugin (issue 16).
// eslint-disable-next-line @backstage/no-forbidden-package-imports
import { CatalogProductReadAccess } from '@meshwork/plugin-data-products-backend/src/service/ProductReadAccess';
import type { GeneratedMesh } from './generateMesh';
import { inMemoryCatalog } from './inMemoryCatalog';

/** The user whose read policy hides every other product. */
export const RESTRICTED_USER = 'user:default/restricted-reader';

/** The plugin's default: `dataProducts.permissions.readCacheTtl`. */
export const READ_CACHE_TTL_MS = 10_000;

/**
 * What a catalog policy answers for that user: a condition only the
 * catalog can apply. The catalog below does not read it; it hides the same
 * products by its own predicate. The conditions are the cache's key.
 */
const CONDITIONAL_DECISION = {
  result: 'CONDITIONAL',
  pluginId: 'catalog',
  resourceType: 'catalog-entity',
  conditions: {
    not: {
      rule: 'HAS_ANNOTATION',
      resourceType: 'catalog-entity',
      params: { annotation: 'meshwork.dev/hidden-from-restricted-reader' },
    },
  },
};

const isRestricted = (credentials: BackstageCredentials | undefined) => {
  const principal = credentials?.principal as
    | { type: string; userEntityRef?: string }
    | undefined;
  return (
    principal?.type === 'user' && principal.userEntityRef === RESTRICTED_USER
  );
};

/**
 * The plugin's real CatalogProductReadAccess, between a permission service
 * that gives RESTRICTED_USER a conditional decision on catalog.entity.read
 * (everyone else an unconditional ALLOW, as governance or a service gets)
 * and the benchmark's in-memory catalog, which hides every other product
 * from that user on queryEntities and getEntitiesByRefs. The readable refs'
 * cache runs on a clock the benchmark moves: `expire()` makes the next
 * request scan the catalog again.
 */
export function halfHiddenReadAccess(mesh: GeneratedMesh) {
  const hidden = new Set<Entity>(mesh.products.filter((_, i) => i % 2 === 1));
  const catalog = inMemoryCatalog([...mesh.others, ...mesh.products], {
    canRead: (entity, credentials) =>
      !(hidden.has(entity) && isRestricted(credentials)),
  });
  // ALLOW, CONDITIONAL: AuthorizeResult's values, without a dependency on
  // @backstage/plugin-permission-common for two strings.
  const permissions = {
    async authorizeConditional(
      requests: unknown[],
      options?: { credentials?: BackstageCredentials },
    ) {
      return requests.map(() =>
        isRestricted(options?.credentials)
          ? CONDITIONAL_DECISION
          : { result: 'ALLOW' },
      );
    },
    async authorize(requests: unknown[]) {
      return requests.map(() => ({ result: 'ALLOW' }));
    },
  } as unknown as PermissionsService;
  let clock = Date.now();
  const readAccess = CatalogProductReadAccess.create({
    permissions,
    catalog,
    cacheTtlMs: READ_CACHE_TTL_MS,
    now: () => clock,
  });
  return {
    readAccess,
    hiddenCount: hidden.size,
    /** The next conditional request finds the readable refs' cache expired. */
    expire() {
      clock += READ_CACHE_TTL_MS + 1;
    },
  };
}
