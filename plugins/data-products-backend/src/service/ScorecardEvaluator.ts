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
  Entity,
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  dataProductRelations,
  evaluateDataProduct,
  isDataProductEntity,
  resolveProductRef,
  validateDataProductEntity,
} from '@meshwork/plugin-data-products-common';
import type {
  DataProductEntityV1alpha1,
  DataProductScorecard,
  StoredScorecard,
} from '@meshwork/plugin-data-products-common';
import type { FactStore } from '../database/FactStore';
import type {
  LevelChange,
  ScorecardRecord,
  ScorecardStore,
} from '../database/ScorecardStore';
import type { WaiverStore } from '../database/WaiverStore';
import type { PortChangeTracker } from '../changes/PortChangeTracker';
import type { DataProductNotifier } from '../notifications/DataProductNotifier';
import { saveEachProduct, type SavedScorecards } from './saveEachProduct';
import {
  describeTimings,
  phaseTimer,
  type FullEvaluation,
} from './evaluationTimings';
import type { ScorecardRules } from './ScorecardRules';
import { CatalogQuery, scanCatalog } from '@meshwork/plugin-data-products-node';

const PAGE_SIZE = 500;

/**
 * The kinds the rules look up besides data products, and only the fields
 * they read: users can be many thousands, and a projection keeps the scan
 * small.
 */
const LOOKUPS_QUERY: CatalogQuery = {
  filter: { kind: ['Group', 'User', 'Domain', 'API'] },
  fields: [
    'kind',
    'metadata.name',
    'metadata.namespace',
    'metadata.title',
    'metadata.annotations',
    // what tells the change tracker whether a contract changed
    'metadata.etag',
    'spec.type',
    'spec.lifecycle',
    'spec.profile',
  ],
};

/** What one evaluation reads besides the products: loaded in bulk, up front. */
interface Lookups {
  entities: Map<string, Entity>;
  facts: Awaited<ReturnType<FactStore['latestFacts']>>;
  waivers: Awaited<ReturnType<WaiverStore['activeWaivers']>>;
}

/** @public */
export interface ScorecardEvaluatorOptions {
  catalog: CatalogService;
  auth: AuthService;
  store: ScorecardStore;
  facts: FactStore;
  waivers: WaiverStore;
  logger: LoggerService;
  rules: ScorecardRules;
  /** Share of passed data-quality checks that quality-checks-pass needs, 0–1. */
  qualityThreshold?: number;
  /** Hears the level changes of each run; it never throws. */
  notifier?: Pick<DataProductNotifier, 'levelsChanged'>;
  /** Compares the products with their accepted versions before they are scored. */
  changes?: Pick<PortChangeTracker, 'track'>;
}

function isValidDataProduct(e: Entity): e is DataProductEntityV1alpha1 {
  return isDataProductEntity(e) && validateDataProductEntity(e).length === 0;
}

/** The entities a product's rules look up: the targets of its own relations. */
function referencedRefs(product: DataProductEntityV1alpha1): string[] {
  const self = stringifyEntityRef(product);
  const refs = new Set<string>();
  for (const relation of dataProductRelations(product)) {
    if (stringifyEntityRef(relation.source) === self) {
      refs.add(stringifyEntityRef(relation.target));
    }
  }
  return [...refs];
}

/**
 * Evaluates data products: all of them on a schedule, one on demand, or a
 * posted document as a dry run. Everything the rules read (catalog entities,
 * facts, waivers) is loaded in a few bulk queries before the loop, so a run
 * costs the same handful of queries whatever the number of products.
 */
export class ScorecardEvaluator {
  readonly #options: ScorecardEvaluatorOptions;

  static create(options: ScorecardEvaluatorOptions) {
    return new ScorecardEvaluator(options);
  }

  private constructor(options: ScorecardEvaluatorOptions) {
    this.#options = options;
  }

  async evaluateAll(now = new Date()): Promise<FullEvaluation> {
    const { store, facts, waivers, logger } = this.#options;
    const timer = phaseTimer();
    await waivers.expire(now);
    const entities = await this.#loadCatalog();
    const products = [...entities.values()].filter(isValidDataProduct);
    timer.lap('catalogRead');
    // Before the facts are read: the breaking-changes fact it writes counts now.
    await this.#trackChanges(products, entities, now, true);
    timer.lap('changes');
    const lookups: Lookups = {
      entities,
      facts: await facts.latestFacts(),
      waivers: await waivers.activeWaivers(now),
    };
    timer.lap('facts');
    let changed = 0;
    const failed: string[] = [];
    for (let i = 0; i < products.length; i += PAGE_SIZE) {
      const records = products
        .slice(i, i + PAGE_SIZE)
        .map(product => this.#record(product, lookups, now));
      timer.lap('evaluation');
      const saved = await saveEachProduct(store, records, now, logger);
      changed += saved.changed;
      failed.push(...saved.failed);
      // Each page's drops as it is stored: a run that fails on a later page
      // is retried, and the retry sees no change in the pages it stored.
      await this.#options.notifier?.levelsChanged(saved.levelChanges, now);
      timer.lap('storage');
    }
    // A product whose result was refused is still in the catalog.
    const removed = await store.deleteScorecardsEvaluatedBefore(now, failed);
    timer.lap('storage');
    const timings = timer.timings();
    logger.info(
      `Evaluated ${
        products.length
      } data products, ${changed} changed, ${removed} gone from the catalog ${describeTimings(
        timings,
      )}`,
    );
    return { products: products.length, changed, timings };
  }

  /**
   * Evaluates one product now and stores the result. The caller's
   * credentials decide whether they may see it; the lookups read the
   * catalog as the plugin, as the scheduled run does, so results don't
   * depend on who asked.
   */
  async evaluateProduct(
    entityRef: string,
    credentials: BackstageCredentials,
    now = new Date(),
  ): Promise<StoredScorecard> {
    const { catalog, store } = this.#options;
    const product = await catalog.getEntityByRef(entityRef, { credentials });
    if (!product || !isDataProductEntity(product)) {
      throw new NotFoundError(`No data product ${entityRef} in the catalog`);
    }
    if (!isValidDataProduct(product)) {
      throw new NotFoundError(
        `${entityRef} fails validation; fix the errors the catalog shows for it first`,
      );
    }
    const saved = await this.#evaluateAndSave([product], now);
    if (saved.failed.length > 0) {
      throw new Error(
        `The scorecard of ${entityRef} was computed but could not be stored; the backend's log says why`,
      );
    }
    await this.#options.notifier?.levelsChanged(saved.levelChanges, now);
    return (await store.getScorecard(stringifyEntityRef(product)))!;
  }

  /**
   * Evaluates the named products (those the catalog changed) and stores the
   * results, in batches: a few queries per 500 products.
   */
  async evaluateProducts(entityRefs: string[], now = new Date()) {
    const { catalog, auth } = this.#options;
    const credentials = await auth.getOwnServiceCredentials();
    let evaluated = 0;
    const levelChanges: LevelChange[] = [];
    for (let i = 0; i < entityRefs.length; i += PAGE_SIZE) {
      const { items } = await catalog.getEntitiesByRefs(
        { entityRefs: entityRefs.slice(i, i + PAGE_SIZE) },
        { credentials },
      );
      const products = items.filter(
        (e): e is DataProductEntityV1alpha1 => !!e && isValidDataProduct(e),
      );
      const saved = await this.#evaluateAndSave(products, now);
      levelChanges.push(...saved.levelChanges);
      evaluated += products.length - saved.failed.length;
    }
    await this.#options.notifier?.levelsChanged(levelChanges, now);
    return evaluated;
  }

  /** Evaluates and stores the products; says whose level changed. */
  async #evaluateAndSave(
    products: DataProductEntityV1alpha1[],
    now: Date,
  ): Promise<SavedScorecards> {
    const lookups = await this.#lookupsFor(products, [], now, {
      trackChanges: true,
    });
    return saveEachProduct(
      this.#options.store,
      products.map(product => this.#record(product, lookups, now)),
      now,
      this.#options.logger,
    );
  }

  /**
   * Evaluates posted, not yet committed entities against the live catalog;
   * the posted documents shadow the catalog's, so a new product and its new
   * contract in one file see each other. Nothing is stored. Stored facts
   * and waivers count only for the products in `withStoredState` (those the
   * caller may read in the catalog; all when absent): the others are scored
   * as products with none, so a dry run reveals nothing of a hidden one.
   */
  async dryRun(
    posted: Entity[],
    credentials: BackstageCredentials,
    now = new Date(),
    withStoredState?: ReadonlySet<string>,
  ): Promise<DataProductScorecard[]> {
    const products = posted.filter(isValidDataProduct);
    const lookups = await this.#lookupsFor(products, posted, now, {
      credentials,
      withStoredState,
    });
    return products.map(product => this.#scorecard(product, lookups, now));
  }

  async #lookupsFor(
    products: DataProductEntityV1alpha1[],
    posted: Entity[],
    now: Date,
    options: {
      credentials?: BackstageCredentials;
      withStoredState?: ReadonlySet<string>;
      trackChanges?: boolean;
    },
  ): Promise<Lookups> {
    const { catalog, auth, facts, waivers } = this.#options;
    const { credentials, withStoredState } = options;
    const entities = new Map<string, Entity>();
    const refs = [...new Set(products.flatMap(referencedRefs))];
    // Upstream products whole, as a full run reads them; the rest with the
    // full run's fields, so a contract's definition is not read to score.
    const upstream = refs.filter(ref => ref.startsWith('dataproduct:'));
    const others = refs.filter(ref => !ref.startsWith('dataproduct:'));
    for (const [entityRefs, fields] of [
      [upstream, undefined],
      [others, LOOKUPS_QUERY.fields],
    ] as const) {
      if (entityRefs.length === 0) continue;
      const { items } = await catalog.getEntitiesByRefs(
        { entityRefs: [...entityRefs], fields: fields && [...fields] },
        { credentials: credentials ?? (await auth.getOwnServiceCredentials()) },
      );
      for (const item of items) {
        if (item) entities.set(stringifyEntityRef(item), item);
      }
    }
    for (const entity of posted) {
      entities.set(stringifyEntityRef(getCompoundEntityRef(entity)), entity);
    }
    if (options.trackChanges) {
      await this.#trackChanges(products, entities, now, false);
    }
    const productRefs = products
      .map(p => stringifyEntityRef(p))
      .filter(ref => !withStoredState || withStoredState.has(ref));
    return {
      entities,
      facts: await facts.latestFacts(productRefs),
      waivers: await waivers.activeWaivers(now, productRefs),
    };
  }

  /**
   * The change tracker's look at the products, with the contracts' etags
   * the run read already. A tracker that fails is logged: the products are
   * scored all the same, on the facts it wrote before.
   */
  async #trackChanges(
    products: DataProductEntityV1alpha1[],
    entities: Map<string, Entity>,
    now: Date,
    everyProduct: boolean,
  ) {
    const { changes, logger } = this.#options;
    if (!changes || products.length === 0) return;
    try {
      await changes.track(
        products,
        ref => entities.get(ref)?.metadata.etag,
        now,
        { everyProduct },
      );
    } catch (error) {
      logger.warn(
        `Could not compare products with their accepted versions: ${error}`,
      );
    }
  }

  #scorecard(
    product: DataProductEntityV1alpha1,
    lookups: Lookups,
    now: Date,
  ): DataProductScorecard {
    const ref = stringifyEntityRef(product);
    return evaluateDataProduct(product, this.#options.rules.list(), {
      findEntity: entityRef => lookups.entities.get(entityRef),
      facts: lookups.facts.get(ref),
      waivers: lookups.waivers.get(ref),
      now,
      qualityThreshold: this.#options.qualityThreshold,
    });
  }

  #record(
    product: DataProductEntityV1alpha1,
    lookups: Lookups,
    now: Date,
  ): ScorecardRecord {
    const refOf = (ref: string, defaultKind: string) =>
      stringifyEntityRef(resolveProductRef(product, ref, defaultKind));
    return {
      scorecard: this.#scorecard(product, lookups, now),
      title: product.metadata.title ?? product.metadata.name,
      domainRef: refOf(product.spec.domain, 'Domain'),
      ownerRef: refOf(product.spec.owner, 'Group'),
      status: product.spec.status,
      type: product.spec.type,
      classification: product.spec.classification,
      tags: product.metadata.tags ?? [],
      description: product.metadata.description,
    };
  }

  async #loadCatalog(): Promise<Map<string, Entity>> {
    const { catalog, auth } = this.#options;
    const credentials = await auth.getOwnServiceCredentials();
    const entities = new Map<string, Entity>();
    for (const query of [{ filter: { kind: 'DataProduct' } }, LOOKUPS_QUERY]) {
      for await (const entity of scanCatalog(catalog, credentials, query)) {
        entities.set(stringifyEntityRef(entity), entity);
      }
    }
    return entities;
  }
}
