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
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import {
  type EntityProvider,
  type EntityProviderConnection,
  locationSpecToLocationEntity,
} from '@backstage/plugin-catalog-node';
import { listPublishedDescriptors } from './publishedFolder';

/**
 * Brings the products that "New data product" published on this host into
 * the catalog: one `file` Location per `<folder>/<name>/catalog-info.yaml`,
 * and nothing else. The catalog reads those files as it reads the configured
 * file locations (its file reader does not ask the locations API, so `file`
 * stays out of the types users may register), keeps each product's
 * processing errors on it, and re-reads a file when it is edited.
 *
 * It replaces the whole set on each read (a `full` mutation), so a product
 * whose folder was deleted leaves the catalog, and a restarted backend has
 * every product again without registering anything.
 */
export class PublishedProductsProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  private latest: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: {
      /** The published folder: absolute and normalised. */
      rootDirectory: string;
      taskRunner: SchedulerServiceTaskRunner;
      logger: LoggerService;
    },
  ) {}

  getProviderName(): string {
    return 'meshwork-published-products';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.options.taskRunner.run({
      id: `${this.getProviderName()}:refresh`,
      fn: () => this.refresh(),
    });
  }

  /**
   * Reads the folder and hands the catalog its locations. Reads run one after
   * another, so a scheduled read that listed the folder before a product was
   * published can never land after, and undo, the read asked for after it.
   */
  refresh(): Promise<void> {
    const run = this.latest.then(() => this.read());
    this.latest = run.catch(() => {});
    return run;
  }

  private async read(): Promise<void> {
    // Before the catalog connects there is nothing to tell; connecting reads.
    if (!this.connection) return;
    const { rootDirectory, logger } = this.options;
    const descriptors = await listPublishedDescriptors(rootDirectory);
    await this.connection.applyMutation({
      type: 'full',
      entities: descriptors.map(target => {
        const entity = locationSpecToLocationEntity({
          location: { type: 'file', target },
        });
        return { entity, locationKey: `file:${target}` };
      }),
    });
    logger.debug(
      `${descriptors.length} published data products under ${rootDirectory}`,
    );
  }
}
