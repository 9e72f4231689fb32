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
import type {
  CatalogProcessor,
  CatalogProcessorCache,
  CatalogProcessorEmit,
  LocationSpec,
} from '@backstage/plugin-catalog-node';
import { createHash } from 'node:crypto';

/** The kinds a data product's scorecard reads, lower case. */
const WATCHED_KINDS = new Set([
  'dataproduct',
  'api',
  'group',
  'user',
  'domain',
]);

const CACHE_KEY = 'fingerprint';

/**
 * A digest of what processing made of the entity. Plain JSON, not a
 * key-sorted one: the same source gives the same key order on every pass,
 * and sorting took five times as long (30 µs an entity, paid on every
 * entity of the catalog every couple of minutes). A reordered document
 * reports one change too many, which costs one evaluation.
 */
export function entityFingerprint(entity: Entity): string {
  return createHash('sha256').update(JSON.stringify(entity)).digest('base64');
}

/**
 * Tells which of the entities a scorecard reads changed, from the catalog's
 * own processing: the catalog processes every entity again every couple of
 * minutes, and keeps a small cache per entity and processor between passes.
 * The processor keeps the entity's fingerprint there and reports the entity
 * only when it differs (an edit, or an entity seen for the first time). An
 * unchanged entity costs one digest and nothing else, and no query is made
 * of the catalog to find what changed.
 *
 * It runs last, so it sees the entity as the other processors left it.
 */
export class CatalogChangesProcessor implements CatalogProcessor {
  readonly #changed: (entityRef: string) => void;

  constructor(changed: (entityRef: string) => void) {
    this.#changed = changed;
  }

  getProcessorName(): string {
    return 'MeshworkCatalogChangesProcessor';
  }

  getPriority(): number {
    return 1000;
  }

  async postProcessEntity(
    entity: Entity,
    _location: LocationSpec,
    _emit: CatalogProcessorEmit,
    cache: CatalogProcessorCache,
  ): Promise<Entity> {
    if (!WATCHED_KINDS.has(entity.kind.toLocaleLowerCase('en-US'))) {
      return entity;
    }
    const fingerprint = entityFingerprint(entity);
    if ((await cache.get<string>(CACHE_KEY)) !== fingerprint) {
      this.#changed(stringifyEntityRef(entity));
    }
    // Set on every pass: a cache a processor leaves unset is dropped.
    await cache.set(CACHE_KEY, fingerprint);
    return entity;
  }
}
