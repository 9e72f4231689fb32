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

import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  BREAKING_CHANGES_FACT,
  type DataProductEntityV1alpha1,
} from '@meshwork/plugin-data-products-common';
import type { ChangeHistoryStore } from '../database/ChangeHistoryStore';
import type { FactStore } from '../database/FactStore';
import type { DataProductNotifier } from '../notifications/DataProductNotifier';
import { reporterOf } from '../service/authorizeFactWrites';
import { loadContracts, loadReaders, storedRevision } from './catalogRevisions';
import {
  changedLook,
  firstLook,
  lookKind,
  restoredLook,
  type ComparedLook,
} from './comparedLook';
import { productContexts } from './productContexts';
import { contractRefsOf, productFingerprint } from './productFingerprint';

/**
 * Compares each product about to be scored with the version of it last
 * accepted, records what changed for its readers, reports the breaking
 * changes no major version allows as its `breaking-changes` fact, and tells
 * the readers' owners.
 */
export interface PortChangeTracker {
  /**
   * `etagOf` gives the catalog's etag of an entity the products point at,
   * as the run read it; `everyProduct` says the products are all there are,
   * so the looks are read whole.
   */
  track(
    products: DataProductEntityV1alpha1[],
    etagOf: (entityRef: string) => string | undefined,
    now: Date,
    options?: { everyProduct?: boolean },
  ): Promise<void>;
}

/** @public */
export interface CatalogPortChangeTrackerOptions {
  catalog: CatalogService;
  auth: AuthService;
  store: ChangeHistoryStore;
  facts: Pick<FactStore, 'addFacts'>;
  logger: LoggerService;
  notifier?: Pick<DataProductNotifier, 'portsChanged'>;
}

/**
 * The change tracker on the catalog. A run costs one query when nothing
 * changed: each product's digest (its ports, status, version and its
 * contracts' etags, all read by the run already) against the stored ones.
 * Only for the products that changed does it read their contracts'
 * definitions (one call), their accepted versions (one query) and their
 * readers (one query per 100 products), and write in batches.
 */
export class CatalogPortChangeTracker implements PortChangeTracker {
  readonly #options: CatalogPortChangeTrackerOptions;

  static create(options: CatalogPortChangeTrackerOptions) {
    return new CatalogPortChangeTracker(options);
  }

  private constructor(options: CatalogPortChangeTrackerOptions) {
    this.#options = options;
  }

  async track(
    products: DataProductEntityV1alpha1[],
    etagOf: (entityRef: string) => string | undefined,
    now: Date,
    options: { everyProduct?: boolean } = {},
  ): Promise<void> {
    const { store, catalog, auth, logger } = this.#options;
    const seen = products.map(entity => ({
      entity,
      entityRef: stringifyEntityRef(entity),
      fingerprint: productFingerprint(entity, etagOf),
    }));
    const looks = await store.looks(
      options.everyProduct ? undefined : seen.map(s => s.entityRef),
    );
    const kinds = seen.map(s => ({
      ...s,
      look: looks.get(s.entityRef),
      kind: lookKind(s.fingerprint, looks.get(s.entityRef)),
    }));
    const todo = kinds.filter(k => k.kind !== 'unchanged');
    if (todo.length === 0) return;

    const credentials = await auth.getOwnServiceCredentials();
    const read = todo.filter(k => k.kind === 'first' || k.kind === 'changed');
    const changed = todo.filter(k => k.kind === 'changed');
    const apis = await loadContracts(
      catalog,
      read.flatMap(k => contractRefsOf(k.entity)),
      credentials,
    );
    const accepted = await store.revisions(
      todo.filter(k => k.kind !== 'first').map(k => k.entityRef),
    );
    const readers = changed.length
      ? await loadReaders(
          catalog,
          changed.map(k => k.entityRef),
          credentials,
        )
      : [];

    const compared = todo.map(
      ({ entity, entityRef, fingerprint, look, kind }) => {
        const current = storedRevision(entity, apis);
        const baseline = accepted.get(entityRef);
        // A look without its stored version (removed meanwhile) starts afresh.
        if (!look || !baseline)
          return firstLook(entityRef, fingerprint, current);
        if (kind === 'restored') {
          return restoredLook(entityRef, look, fingerprint, baseline, now);
        }
        return changedLook({
          ...{ entityRef, look, fingerprint, current, readers, now },
          accepted: baseline,
        });
      },
    );
    await this.#report(compared, now);
    const detections = compared.flatMap(c =>
      c.detection ? [c.detection] : [],
    );
    await this.#options.notifier?.portsChanged(
      detections,
      productContexts([...readers, ...changed.map(k => k.entity)]),
      now,
    );
    await store.record(
      compared.map(c => c.write),
      detections,
      now,
    );
    if (changed.length > 0) {
      logger.info(
        `Compared ${changed.length} changed data products with their accepted versions: ${detections.length} with breaking or notable changes`,
      );
    }
  }

  /**
   * The facts first: a run that fails after them finds the same changes
   * again and reports them again, where one that stored the looks first
   * would never report them.
   */
  async #report(compared: ComparedLook[], now: Date) {
    const { facts, auth } = this.#options;
    const reportedBy = reporterOf(await auth.getOwnServiceCredentials());
    const changedFacts = compared.flatMap(({ write, fact }) =>
      fact
        ? [
            {
              entityRef: write.entityRef,
              name: BREAKING_CHANGES_FACT,
              value: fact,
              observedAt: now.toISOString(),
              reportedBy,
            },
          ]
        : [],
    );
    if (changedFacts.length > 0) await facts.addFacts(changedFacts, now);
  }
}
