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
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import type { DataProductListItem } from '@meshwork/plugin-data-products-common';
import { Readable } from 'node:stream';
import {
  DATA_PRODUCT_SEARCH_TYPE,
  DataProductSearchDocument,
  ENTITY_TEXT_FIELDS,
  toDataProductDocument,
} from './dataProductDocument';
import { readProductPages } from './readProductPages';

/** What the data-product collator needs. @public */
export interface DataProductCollatorFactoryOptions {
  discovery: DiscoveryService;
  auth: AuthService;
  catalog: CatalogService;
  logger: LoggerService;
  /** Products per request to the data-products backend and the catalog. */
  batchSize: number;
}

/**
 * Collates data products for search: pages through the data-products
 * backend's listing (level, score, domain, owner, tags) and reads each
 * page's purpose and usage from the catalog in one request.
 * @public
 */
export class DataProductCollatorFactory implements DocumentCollatorFactory {
  readonly type = DATA_PRODUCT_SEARCH_TYPE;
  readonly visibilityPermission = catalogEntityReadPermission;

  constructor(private readonly options: DataProductCollatorFactoryOptions) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  private async *execute(): AsyncGenerator<DataProductSearchDocument> {
    const { logger } = this.options;
    let indexed = 0;
    let gone = 0;
    try {
      for await (const items of readProductPages(this.options)) {
        const entities = await this.entitiesOf(items);
        for (const [index, item] of items.entries()) {
          const entity = entities[index];
          // Scored before it left the catalog: nothing to show any more.
          if (!entity) {
            gone += 1;
            continue;
          }
          indexed += 1;
          yield toDataProductDocument(item, entity);
        }
      }
    } catch (error) {
      // Failing the run keeps the previous index, where yielding nothing
      // would empty it; the scheduler tries again at the next run.
      logger.warn(
        `Could not index data products, the previous index stays until the next run: ${error}`,
      );
      throw error;
    }
    logger.info(
      `Indexed ${indexed} data products${
        gone ? `, skipped ${gone} no longer in the catalog` : ''
      }`,
    );
  }

  /** The page's catalog entities, in the page's order; undefined where gone. */
  private async entitiesOf(
    items: DataProductListItem[],
  ): Promise<Array<Entity | undefined>> {
    const { catalog, auth } = this.options;
    const { items: entities } = await catalog.getEntitiesByRefs(
      {
        entityRefs: items.map(item => item.entityRef),
        fields: ENTITY_TEXT_FIELDS,
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    return entities.map(entity => entity ?? undefined);
  }
}
