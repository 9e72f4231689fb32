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

import {
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';

/**
 * How the scaffolder, once "New data product" has published a product, asks
 * the catalog to read the published folder at once rather than at its next
 * scheduled read. The two are different plugins, so they meet through this
 * root-scoped service: one instance per backend, shared by both.
 */
export interface PublishedProductsRefreshService {
  /**
   * Reads the published folder into the catalog now. Resolves once the
   * catalog holds a location for every published product; the catalog then
   * processes them as it does any location, within seconds. Does nothing
   * when no catalog on this backend reads the folder.
   */
  refresh(): Promise<void>;
  /** For the catalog module that reads the folder: what `refresh` runs. */
  setRefresher(refresher: () => Promise<void>): void;
}

class DefaultPublishedProductsRefreshService
  implements PublishedProductsRefreshService
{
  private refresher?: () => Promise<void>;

  async refresh() {
    await this.refresher?.();
  }

  setRefresher(refresher: () => Promise<void>) {
    this.refresher = refresher;
  }
}

/** See {@link PublishedProductsRefreshService}. */
export const publishedProductsRefreshServiceRef =
  createServiceRef<PublishedProductsRefreshService>({
    id: 'meshwork.published-products.refresh',
    scope: 'root',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {},
        factory: () => new DefaultPublishedProductsRefreshService(),
      }),
  });
