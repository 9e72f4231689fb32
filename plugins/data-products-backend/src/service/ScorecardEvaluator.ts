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
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  evaluateDataProduct,
  isDataProductEntity,
  resolveProductRef,
  ScorecardRule,
  validateDataProductEntity,
} from '@meshwork/plugin-data-products-common';
import type { DataProductEntityV1alpha1 } from '@meshwork/plugin-data-products-common';
import type {
  DatabaseScorecardStore,
  ScorecardRecord,
} from '../database/DatabaseScorecardStore';

const PAGE_SIZE = 500;

/** The kinds the rules look up, and only the fields they read. */
const LOOKUP_FILTER = {
  kind: ['Group', 'User', 'Domain', 'API', 'DataProduct'],
};

/**
 * Evaluates every data product of the catalog: one paged scan builds the
 * lookup the rules need, then products are evaluated in memory and saved in
 * batches, so a run costs a few queries whatever the number of products.
 */
export class ScorecardEvaluator {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #store: DatabaseScorecardStore;
  readonly #logger: LoggerService;
  readonly #rules: ScorecardRule[];

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    store: DatabaseScorecardStore;
    logger: LoggerService;
    rules: ScorecardRule[];
  }) {
    return new ScorecardEvaluator(options);
  }

  private constructor(
    options: Parameters<typeof ScorecardEvaluator.create>[0],
  ) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#store = options.store;
    this.#logger = options.logger;
    this.#rules = options.rules;
  }

  async evaluateAll(
    now = new Date(),
  ): Promise<{ products: number; changed: number }> {
    const entities = await this.#loadCatalog();
    const products = [...entities.values()].filter(
      (e): e is DataProductEntityV1alpha1 =>
        isDataProductEntity(e) && validateDataProductEntity(e).length === 0,
    );
    let changed = 0;
    for (let i = 0; i < products.length; i += PAGE_SIZE) {
      const records = products
        .slice(i, i + PAGE_SIZE)
        .map(product => this.#evaluate(product, entities, now));
      changed += (await this.#store.saveScorecards(records, now)).changed;
    }
    this.#logger.info(
      `Evaluated ${products.length} data products, ${changed} changed`,
    );
    return { products: products.length, changed };
  }

  #evaluate(
    product: DataProductEntityV1alpha1,
    entities: Map<string, Entity>,
    now: Date,
  ): ScorecardRecord {
    const refOf = (ref: string, defaultKind: string) =>
      stringifyEntityRef(resolveProductRef(product, ref, defaultKind));
    return {
      scorecard: evaluateDataProduct(product, this.#rules, {
        findEntity: ref => entities.get(ref),
        now,
      }),
      title: product.metadata.title ?? product.metadata.name,
      domainRef: refOf(product.spec.domain, 'Domain'),
      ownerRef: refOf(product.spec.owner, 'Group'),
    };
  }

  async #loadCatalog(): Promise<Map<string, Entity>> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const entities = new Map<string, Entity>();
    let cursor: string | undefined;
    do {
      const page = await this.#catalog.queryEntities(
        cursor
          ? { cursor, limit: PAGE_SIZE }
          : { filter: LOOKUP_FILTER, limit: PAGE_SIZE },
        { credentials },
      );
      for (const entity of page.items)
        entities.set(stringifyEntityRef(entity), entity);
      cursor = page.pageInfo.nextCursor;
    } while (cursor);
    return entities;
  }
}
