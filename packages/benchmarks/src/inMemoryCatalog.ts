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
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/** Whether the caller may read the entity: a read policy, as the catalog applies it. */
export type CatalogReadPolicy = (
  entity: Entity,
  credentials: BackstageCredentials | undefined,
) => boolean;

/**
 * The catalog as the evaluator reads it, held in arrays: a page costs its
 * own size. Backstage's catalogServiceMock rebuilds search rows of every
 * entity for each page, which would make the benchmark time the mock rather
 * than the scorecard. A catalog backend pages from indexed tables.
 *
 * With `canRead`, a caller sees only what it allows, as the catalog applies
 * its read policy: a query matches (and pages over) the readable entities
 * alone, facets count them alone, and getEntitiesByRefs answers undefined
 * for the others.
 */
export function inMemoryCatalog(
  entities: Entity[],
  options: { canRead?: CatalogReadPolicy } = {},
): CatalogService {
  const { canRead } = options;
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  const ofKinds = (filter: unknown): Entity[] => {
    const kinds = (filter as { kind?: string | string[] } | undefined)?.kind;
    if (!kinds) return entities;
    const wanted = new Set(
      (Array.isArray(kinds) ? kinds : [kinds]).map(k => k.toLowerCase()),
    );
    return entities.filter(e => wanted.has(e.kind.toLowerCase()));
  };
  const readable = (
    matched: Entity[],
    credentials: BackstageCredentials | undefined,
  ) => (canRead ? matched.filter(e => canRead(e, credentials)) : matched);
  const queries = new Map<string, Entity[]>();
  const catalog: Partial<CatalogService> = {
    async queryEntities(request, callOptions) {
      const limit = request?.limit ?? 500;
      const cursor =
        request && 'cursor' in request ? request.cursor : undefined;
      let id: string;
      let offset = 0;
      if (cursor) {
        const [queryId, start] = cursor.split(':');
        id = queryId;
        offset = Number(start);
      } else {
        id = String(queries.size);
        queries.set(
          id,
          readable(
            ofKinds(
              request && 'filter' in request ? request.filter : undefined,
            ),
            callOptions?.credentials,
          ),
        );
      }
      const matched = queries.get(id)!;
      const next = offset + limit;
      return {
        items: matched.slice(offset, next),
        totalItems: matched.length,
        pageInfo: next < matched.length ? { nextCursor: `${id}:${next}` } : {},
      };
    },
    // What the plugin reads the readable products' refs from: values of
    // top-level and metadata fields, counted over the readable matches.
    async getEntityFacets(request, callOptions) {
      const filter = (request.filter ?? {}) as Record<string, string>;
      const namespace = filter['metadata.namespace']?.toLowerCase();
      const matched = readable(
        ofKinds(filter),
        callOptions?.credentials,
      ).filter(
        e =>
          !namespace ||
          (e.metadata.namespace ?? 'default').toLowerCase() === namespace,
      );
      const valueOf = (e: Entity, facet: string) =>
        facet === 'metadata.namespace'
          ? e.metadata.namespace ?? 'default'
          : String(
              facet
                .split('.')
                .reduce<any>((value, key) => value?.[key], e as unknown),
            );
      const facets = Object.fromEntries(
        request.facets.map(facet => {
          const counts = new Map<string, number>();
          for (const e of matched) {
            const value = valueOf(e, facet);
            counts.set(value, (counts.get(value) ?? 0) + 1);
          }
          return [
            facet,
            [...counts].map(([value, count]) => ({ value, count })),
          ];
        }),
      );
      return { facets };
    },
    async getEntitiesByRefs(request, callOptions) {
      return {
        items: request.entityRefs.map(ref => {
          const entity = byRef.get(ref);
          return entity &&
            (!canRead || canRead(entity, callOptions?.credentials))
            ? entity
            : undefined;
        }),
      };
    },
  };
  return catalog as CatalogService;
}
