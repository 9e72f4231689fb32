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
import { mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogProductReadAccess } from '../service/ProductReadAccess';

/** Whether `user` may read the entity: the test's read policy. Services read everything. */
export type MayRead = (entityRef: string, user: string) => boolean;

const userOf = (options: unknown) =>
  (
    (options as { credentials?: BackstageCredentials }).credentials
      ?.principal as { userEntityRef?: string } | undefined
  )?.userEntityRef;

/**
 * An in-memory catalog that applies a read policy to every read, as the
 * real catalog applies `catalog.entity.read`'s conditional decision.
 */
export function policedCatalog(entities: Entity[], mayRead: MayRead) {
  const catalog = catalogServiceMock({ entities });
  // As in Backstage, a service's reads are never conditional.
  const allowed = (entityRef: string, options: unknown) => {
    const user = userOf(options);
    return user === undefined || mayRead(entityRef, user);
  };
  const readable = (entity: Entity, options: unknown) =>
    allowed(stringifyEntityRef(entity), options);
  return catalogServiceMock.mock({
    queryEntities: async (request, options) => {
      const page = await catalog.queryEntities(request, options);
      return {
        ...page,
        items: page.items.filter(item => readable(item, options)),
      };
    },
    getEntityByRef: async (ref, options) => {
      const entity = await catalog.getEntityByRef(ref, options);
      return entity && readable(entity, options) ? entity : undefined;
    },
    getEntitiesByRefs: async (request, options) => {
      const { items } = await catalog.getEntitiesByRefs(request, options);
      // By the ref asked: `fields` may have left out the entity's name.
      return {
        items: items.map((item, i) =>
          item && allowed(request.entityRefs[i], options) ? item : undefined,
        ),
      };
    },
    getEntities: async (request, options) => {
      const { items } = await catalog.getEntities(request, options);
      return { items: items.filter(item => readable(item, options)) };
    },
    // Counted over the readable matches only, as the catalog counts them.
    getEntityFacets: async (request, options) => {
      const { items } = await catalog.getEntities(
        { filter: request.filter },
        options,
      );
      const matched = items.filter(item => readable(item, options));
      const valueAt = (entity: Entity, path: string) =>
        path
          .split('.')
          .reduce<unknown>(
            (value, key) => (value as Record<string, unknown>)?.[key],
            entity,
          );
      return {
        facets: Object.fromEntries(
          request.facets.map(facet => {
            const counts = new Map<string, number>();
            for (const entity of matched) {
              const value = valueAt(entity, facet);
              if (value !== undefined) {
                counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
              }
            }
            return [
              facet,
              [...counts].map(([value, count]) => ({ value, count })),
            ];
          }),
        ),
      };
    },
  });
}

/**
 * Read access as the permission framework gives it: services read all
 * (their decisions are never conditional); users get a conditional decision
 * that only the (policed) catalog can apply.
 */
export function policedReadAccess(
  catalog: ReturnType<typeof catalogServiceMock.mock>,
) {
  const permissions = mockServices.permissions.mock({
    authorizeConditional: async (queries, options) =>
      queries.map(() =>
        userOf(options)
          ? {
              result: AuthorizeResult.CONDITIONAL,
              pluginId: 'catalog',
              resourceType: 'catalog-entity',
              conditions: {
                rule: 'TEST_READ_POLICY',
                resourceType: 'catalog-entity',
                params: {},
              },
            }
          : { result: AuthorizeResult.ALLOW },
      ),
  });
  return CatalogProductReadAccess.create({
    permissions,
    catalog,
    cacheTtlMs: 0,
  });
}
