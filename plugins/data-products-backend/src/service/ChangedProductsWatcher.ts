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
import type { ScorecardEvaluator } from './ScorecardEvaluator';
import { scanCatalog } from './scanCatalog';

/**
 * Hears catalog changes the only way the catalog tells them: a product's
 * `metadata.etag` changes whenever its stored entity does. A frequent, cheap
 * scan of refs and etags finds the products that changed since the last
 * look, and only those are evaluated, so an owner's edit shows on the
 * scorecard within a minute instead of at the next full run.
 */
export class ChangedProductsWatcher {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #evaluator: ScorecardEvaluator;
  readonly #logger: LoggerService;
  /**
   * Etags seen at the last look, per replica. The first look evaluates
   * every product it sees: products the catalog ingested after the
   * scheduled full run started would otherwise wait for the next one.
   */
  #seen = new Map<string, string>();

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    evaluator: ScorecardEvaluator;
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
    this.#logger = options.logger;
  }

  /** Evaluates the products whose entity changed since the last call; returns how many. */
  async evaluateChanged(now = new Date()): Promise<number> {
    const current = await this.#readEtags();
    const previous = this.#seen;
    this.#seen = current;
    const changed = [...current]
      .filter(([ref, etag]) => previous.get(ref) !== etag)
      .map(([ref]) => ref);
    if (changed.length === 0) return 0;
    const evaluated = await this.#evaluator.evaluateProducts(changed, now);
    this.#logger.info(`Evaluated ${evaluated} changed data products`);
    return evaluated;
  }

  async #readEtags(): Promise<Map<string, string>> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const etags = new Map<string, string>();
    const products = scanCatalog(
      this.#catalog,
      credentials,
      {
        filter: { kind: 'DataProduct' },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.etag',
        ],
      },
      1000,
    );
    for await (const entity of products) {
      etags.set(stringifyEntityRef(entity), entity.metadata.etag ?? '');
    }
    return etags;
  }
}
