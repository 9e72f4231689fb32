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
  RELATION_DEPENDENCY_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { createHash } from 'node:crypto';
import type { ScorecardStore } from '../database/ScorecardStore';
import type { ScorecardEvaluator } from './ScorecardEvaluator';
import { scanCatalog } from '@meshwork/plugin-data-products-node';

/** Products per scan page and refs per `getEntitiesByRefs` call. */
const BATCH_SIZE = 1000;

const TARGET_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.etag',
];

/** A product at one look: its etag, the sorted lower-case refs it points at. */
interface ProductLook {
  etag: string;
  targets: string[];
}

/** Entity refs are case-insensitive; the catalog's relations may differ in case. */
const refKey = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * The entities a product's rules look up: its relations' targets, but for
 * `dependencyOf` (a reverse half a consumer declares), or each edit of a
 * consumer would re-score its upstream for nothing. Keep the rest: watching
 * too much costs an evaluation, too little a wrong scorecard.
 */
function watchedTargets(product: Entity): string[] {
  const targets = (product.relations ?? [])
    .filter(relation => relation.type !== RELATION_DEPENDENCY_OF)
    .map(relation => refKey(relation.targetRef));
  return [...new Set(targets)].sort();
}

/** The etags a product's score depends on, as a digest: fixed-size per product. */
function signatureOf(look: ProductLook, etags: Map<string, string>) {
  const hash = createHash('sha1').update(look.etag);
  for (const target of look.targets) {
    hash.update(`\n${target}=${etags.get(target) ?? '(missing)'}`);
  }
  return hash.digest('base64');
}

/**
 * Hears catalog changes the only way the catalog tells them: an entity's
 * `metadata.etag` changes whenever its stored entity does. A product's rules
 * read its own entity and those its relations point at (owner group, domain,
 * contract APIs, upstream products), so its signature is its own etag plus
 * each target's, a missing target counting as missing. A frequent scan
 * evaluates only the products whose signature changed since the last look:
 * an owner's edit, a contract registered after its product, a retired
 * upstream, a deleted owner group show within a minute, not at the next full
 * run. The product's own etag cannot tell: the catalog stores relations to
 * entities that don't exist yet, so a contract's arrival never re-stitches
 * the product that names it.
 *
 * Cheap enough to run every 30 s, for 5,000 products and ~12,000 entities in
 * all: a look is 5 pages of products (ref, etag, relations) plus one
 * `getEntitiesByRefs` per 1,000 distinct non-product targets, 7 at most,
 * each projected to ref and etag. Shared targets (a few hundred groups and
 * domains) are read once, not per product; upstream products take their
 * etags from the product pages. Between looks it keeps one fixed-size
 * digest per product (under 1 MB); targets and etags live only in a look.
 */
export class ChangedProductsWatcher {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #evaluator: ScorecardEvaluator;
  readonly #store: Pick<
    ScorecardStore,
    'storedProductRefs' | 'deleteScorecards'
  >;
  readonly #logger: LoggerService;
  /**
   * Signatures seen at the last look, per replica. The first look evaluates
   * every product it sees: products the catalog ingested after the
   * scheduled full run started would otherwise wait for the next one.
   */
  #seen?: Map<string, string>;

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    evaluator: ScorecardEvaluator;
    store: Pick<ScorecardStore, 'storedProductRefs' | 'deleteScorecards'>;
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
    this.#logger = options.logger;
  }

  /**
   * Evaluates the products whose entity, or an entity they point at,
   * changed, appeared or disappeared since the last call; returns how many.
   * Products gone from the catalog leave every listing now, not at the next
   * full run; their history stays.
   */
  async evaluateChanged(now = new Date()): Promise<number> {
    const current = await this.#readSignatures();
    const seen = this.#seen ?? new Map<string, string>();
    const changed = [...current]
      .filter(([ref, signature]) => seen.get(ref) !== signature)
      .map(([ref]) => ref);
    // The first look compares with the store: a product deleted while no
    // replica was watching is gone too.
    const before = this.#seen
      ? [...this.#seen.keys()]
      : await this.#store.storedProductRefs();
    const gone = before.filter(ref => !current.has(ref));
    let evaluated = 0;
    if (changed.length > 0) {
      // Remembered only once evaluated: a look that fails is tried again.
      evaluated = await this.#evaluator.evaluateProducts(changed, now);
      this.#logger.info(`Evaluated ${evaluated} changed data products`);
    }
    if (gone.length > 0) {
      const removed = await this.#store.deleteScorecards(gone);
      this.#logger.info(
        `Removed ${removed} data products gone from the catalog`,
      );
    }
    this.#seen = current;
    return evaluated;
  }

  async #readSignatures(): Promise<Map<string, string>> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const products = new Map<string, ProductLook>();
    const scan = scanCatalog(
      this.#catalog,
      credentials,
      {
        filter: { kind: 'DataProduct' },
        fields: [...TARGET_FIELDS, 'relations'],
      },
      BATCH_SIZE,
    );
    for await (const entity of scan) {
      products.set(stringifyEntityRef(entity), {
        etag: entity.metadata.etag ?? '',
        targets: watchedTargets(entity),
      });
    }
    const etags = await this.#readTargetEtags(products, credentials);
    const signatures = new Map<string, string>();
    for (const [ref, look] of products) {
      signatures.set(ref, signatureOf(look, etags));
    }
    return signatures;
  }

  /**
   * The etags of the products and of every entity they point at, by
   * lower-case ref; a ref absent from the map is not in the catalog. The scan
   * saw every product, so only the other targets are read, in batches.
   */
  async #readTargetEtags(
    products: Map<string, ProductLook>,
    credentials: BackstageCredentials,
  ): Promise<Map<string, string>> {
    const etags = new Map<string, string>();
    for (const [ref, { etag }] of products) etags.set(refKey(ref), etag);
    const refs = [
      ...new Set([...products.values()].flatMap(look => look.targets)),
    ].filter(target => !target.startsWith('dataproduct:'));
    for (let i = 0; i < refs.length; i += BATCH_SIZE) {
      const entityRefs = refs.slice(i, i + BATCH_SIZE);
      const { items } = await this.#catalog.getEntitiesByRefs(
        { entityRefs, fields: TARGET_FIELDS },
        { credentials },
      );
      // Items come back in the order asked, `undefined` for a missing ref.
      items.forEach((item, index) => {
        if (item) etags.set(entityRefs[index], item.metadata.etag ?? '');
      });
    }
    return etags;
  }
}
