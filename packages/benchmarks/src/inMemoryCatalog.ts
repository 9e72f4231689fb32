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

import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * The catalog as the evaluator reads it, held in arrays: a page costs its
 * own size. Backstage's catalogServiceMock rebuilds search rows of every
 * entity for each page, which would make the benchmark time the mock rather
 * than the scorecard. A catalog backend pages from indexed tables.
 */
export function inMemoryCatalog(entities: Entity[]): CatalogService {
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  const ofKinds = (filter: unknown): Entity[] => {
    const kinds = (filter as { kind?: string | string[] } | undefined)?.kind;
    if (!kinds) return entities;
    const wanted = new Set(
      (Array.isArray(kinds) ? kinds : [kinds]).map(k => k.toLowerCase()),
    );
    return entities.filter(e => wanted.has(e.kind.toLowerCase()));
  };
  const queries = new Map<string, Entity[]>();
  const catalog: Partial<CatalogService> = {
    async queryEntities(request) {
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
          ofKinds(request && 'filter' in request ? request.filter : undefined),
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
    async getEntitiesByRefs(request) {
      return { items: request.entityRefs.map(ref => byRef.get(ref)) };
    },
  };
  return catalog as CatalogService;
}
