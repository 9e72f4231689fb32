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
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  RELATION_CONSUMES_API,
  RELATION_DEPENDS_ON,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { scanCatalog } from '@meshwork/plugin-data-products-node';
import type { ChangeQueue } from '../database/ChangeQueue';
import type { ScorecardStore } from '../database/ScorecardStore';
import type { ScorecardEvaluator } from './ScorecardEvaluator';

/** Changes taken per look; more wait for the next. */
const MAX_CHANGES = 5000;
/** Refs per relation filter: the catalog client sends them in a URL. */
const REFS_PER_QUERY = 100;
/** When a change is looked at once more, for a catalog slow to store it. */
const RECHECK_MS = 30_000;

/** The relations from a product to the entities its rules read. */
const READ_RELATIONS = [
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  RELATION_DEPENDS_ON,
  RELATION_CONSUMES_API,
  RELATION_PROVIDES_API,
];

const REF_FIELDS = ['kind', 'metadata.namespace', 'metadata.name'];

type WatcherStore = Pick<
  ScorecardStore,
  'storedProductRefs' | 'deleteScorecards' | 'countStoredProducts'
>;

/**
 * Keeps scorecards current between full evaluations, at a cost that follows
 * the changes, not the catalog's size. The catalog's processing reports the
 * entities it found changed (`CATALOG_CHANGES_TOPIC`, from the catalog
 * module); they wait in a queue in the database that every replica shares.
 * A look takes the due changes and evaluates the products they touch: the
 * changed products themselves, and every product that reads a changed
 * entity (its owner, domain, contract APIs, upstream products), found with
 * the catalog's relation filters. Each change is looked at twice, a moment
 * after it was heard and 30 s later, because the catalog stores the
 * processed entity after it reports it.
 *
 * An idle catalog costs two counts per look: the due changes, and the
 * catalog's products against the stored ones, which tells when products
 * left the catalog; only then are their refs read, to forget those gone.
 * A deleted owner or contract is seen at the next full evaluation, the
 * safety net for anything the events miss.
 */
export class ChangedProductsWatcher {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #evaluator: Pick<ScorecardEvaluator, 'evaluateProducts'>;
  readonly #store: WatcherStore;
  readonly #queue: ChangeQueue;
  readonly #logger: LoggerService;
  /**
   * Products in the catalog less those stored, at the last look: products
   * the catalog holds but cannot score (invalid) keep it above zero. When it
   * drops, a product left the catalog. Per replica; a replica's first look
   * compares refs once.
   */
  #unstored?: number;

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    evaluator: Pick<ScorecardEvaluator, 'evaluateProducts'>;
    store: WatcherStore;
    queue: ChangeQueue;
    logger: LoggerService;
  }) {
    return new ChangedProductsWatcher(options);
  }

  private constructor(
    options: Parameters<typeof ChangedProductsWatcher.create>[0],
  ) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#evaluator = options.evaluator;
    this.#store = options.store;
    this.#queue = options.queue;
    this.#logger = options.logger;
  }

  /** Evaluates the products the due changes touch; returns how many. */
  async evaluateChanged(now = new Date()): Promise<number> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const due = await this.#queue.due(now, MAX_CHANGES);
    let evaluated = 0;
    if (due.length > 0) {
      const refs = due.map(change => change.entityRef);
      const products = await this.#productsReading(refs, credentials);
      if (products.length > 0) {
        evaluated = await this.#evaluator.evaluateProducts(products, now);
        this.#logger.info(`Evaluated ${evaluated} changed data products`);
      }
      // Only once evaluated: a look that fails is tried again.
      await this.#queue.looked(due, now, new Date(now.getTime() + RECHECK_MS));
    }
    await this.#forgetGone(credentials);
    return evaluated;
  }

  /** The changed products and those that read a changed entity. */
  async #productsReading(
    refs: string[],
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const products = new Set(
      refs.filter(ref =>
        ref.toLocaleLowerCase('en-US').startsWith('dataproduct:'),
      ),
    );
    for (let i = 0; i < refs.length; i += REFS_PER_QUERY) {
      const batch = refs.slice(i, i + REFS_PER_QUERY);
      for (const relation of READ_RELATIONS) {
        const query = {
          filter: { kind: 'DataProduct', [`relations.${relation}`]: batch },
          fields: REF_FIELDS,
        };
        for await (const product of scanCatalog(
          this.#catalog,
          credentials,
          query,
          1000,
        )) {
          products.add(stringifyEntityRef(product));
        }
      }
    }
    return [...products];
  }

  /** Forgets the products gone from the catalog, when some may be. */
  async #forgetGone(credentials: BackstageCredentials) {
    const [{ totalItems }, stored] = await Promise.all([
      this.#catalog.queryEntities(
        {
          filter: { kind: 'DataProduct' },
          fields: ['metadata.name'],
          limit: 1,
        },
        { credentials },
      ),
      this.#store.countStoredProducts(),
    ]);
    const unstored = totalItems - stored;
    const mayBeGone = this.#unstored === undefined || unstored < this.#unstored;
    this.#unstored = unstored;
    if (!mayBeGone) return;
    const inCatalog = new Set<string>();
    const scan = scanCatalog(
      this.#catalog,
      credentials,
      { filter: { kind: 'DataProduct' }, fields: REF_FIELDS },
      1000,
    );
    for await (const product of scan) {
      inCatalog.add(stringifyEntityRef(product));
    }
    const gone = (await this.#store.storedProductRefs()).filter(
      ref => !inCatalog.has(ref),
    );
    if (gone.length > 0) {
      const removed = await this.#store.deleteScorecards(gone);
      this.#logger.info(
        `Removed ${removed} data products gone from the catalog`,
      );
    }
  }
}
