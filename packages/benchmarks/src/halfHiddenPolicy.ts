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
import type { GeneratedMesh } from './generateMesh';
import { inMemoryCatalog } from './inMemoryCatalog';
import { stopwatch } from './measure';

/** The user whose read policy hides every other product. */
export const RESTRICTED_USER = 'user:default/restricted-reader';

/**
 * How long the plugin reuses a conditional decision's readable refs
 * (`dataProducts.permissions.readCacheTtl`): longer than any run, so that
 * the warm rounds all hit the cache whatever they take.
 */
export const READ_CACHE_TTL = { hours: 1 };

/**
 * What a catalog policy answers for that user: a condition only the
 * catalog can apply. The catalog below does not read it; it hides the same
 * products by its own predicate. `policyVersion` stands for an edit of the
 * policy: a decision the plugin has not seen, whose readable refs it has to
 * ask the catalog for again.
 */
const conditionalDecision = (policyVersion: number) => ({
  result: 'CONDITIONAL',
  pluginId: 'catalog',
  resourceType: 'catalog-entity',
  conditions: {
    not: {
      rule: 'HAS_ANNOTATION',
      resourceType: 'catalog-entity',
      params: {
        annotation: 'meshwork.dev/hidden-from-restricted-reader',
        value: `v${policyVersion}`,
      },
    },
  },
});

const isRestricted = (credentials: BackstageCredentials | undefined) => {
  const principal = credentials?.principal as
    | { type: string; userEntityRef?: string }
    | undefined;
  return (
    principal?.type === 'user' && principal.userEntityRef === RESTRICTED_USER
  );
};

/**
 * A permission service that gives RESTRICTED_USER a conditional decision on
 * catalog.entity.read (everyone else an unconditional ALLOW, as governance
 * or a service gets, and ALLOW on every other permission), and the
 * benchmark's in-memory catalog, which hides every other product from that
 * user on queryEntities, getEntityFacets and getEntitiesByRefs. The
 * plugin's own read access sits between them. `expire()` makes the next
 * request of that user read the readable refs from the catalog again;
 * `scan` adds up the time spent in the catalog's facets, where it reads them.
 */
export function halfHiddenPolicy(mesh: GeneratedMesh) {
  const hidden = new Set<Entity>(mesh.products.filter((_, i) => i % 2 === 1));
  const catalog = inMemoryCatalog([...mesh.others, ...mesh.products], {
    canRead: (entity, credentials) =>
      !(hidden.has(entity) && isRestricted(credentials)),
  });
  let policyVersion = 0;
  // ALLOW, CONDITIONAL: AuthorizeResult's values, without a dependency on
  // @backstage/plugin-permission-common for two strings.
  const permissions = {
    async authorizeConditional(
      requests: unknown[],
      options?: { credentials?: BackstageCredentials },
    ) {
      return requests.map(() =>
        isRestricted(options?.credentials)
          ? conditionalDecision(policyVersion)
          : { result: 'ALLOW' },
      );
    },
    async authorize(requests: unknown[]) {
      return requests.map(() => ({ result: 'ALLOW' }));
    },
  } as unknown as PermissionsService;
  return {
    catalog,
    permissions,
    hiddenCount: hidden.size,
    readableCount: mesh.products.length - hidden.size,
    /** Time in the catalog's facets: on a cache miss, the read of the readable refs. */
    scan: stopwatch(catalog, 'getEntityFacets'),
    /** The next conditional request finds no cached refs for its decision. */
    expire() {
      policyVersion++;
    },
  };
}
