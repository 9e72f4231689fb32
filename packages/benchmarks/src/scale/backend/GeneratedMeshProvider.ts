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

import fs from 'node:fs';
import type {
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  type Entity,
} from '@backstage/catalog-model';
import type {
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { readEntityLinesFrom } from '../meshFile';

export interface GeneratedMeshFiles {
  /** Every entity of the mesh, one JSON per line: applied as one full mutation. */
  entitiesFile: string;
  /** Edited entities, appended as lines while the backend runs: each read applied as a delta. */
  editsFile: string;
}

/**
 * Loads the benchmark's generated mesh into the catalog the way a large
 * organisation's catalog is fed: by an entity provider that hands it every
 * entity in one full mutation (as an org or repository crawler does), and
 * then each changed entity as a delta when its source changes, rather than
 * locations the catalog reads file by file. The source here is two files of
 * JSON lines; the edits file is watched (inotify: nothing polls it).
 *
 * Every replica runs it, as every replica of a real backend has the same
 * providers: a catalog starting without a provider that has entities
 * deletes them as orphans. The full mutation is a scheduled task, which one
 * replica runs; each replica applies the edits it sees, and the catalog
 * ignores a delta that changes nothing.
 */
export class GeneratedMeshProvider implements EntityProvider {
  readonly #files: GeneratedMeshFiles;
  readonly #logger: LoggerService;
  #connection?: EntityProviderConnection;
  #editsOffset = 0;
  #watcher?: fs.FSWatcher;
  /** Deltas are applied one after the other, in the order they were written. */
  #edits: Promise<void> = Promise.resolve();

  readonly #taskRunner: SchedulerServiceTaskRunner;

  constructor(
    files: GeneratedMeshFiles,
    taskRunner: SchedulerServiceTaskRunner,
    logger: LoggerService,
  ) {
    this.#files = files;
    this.#taskRunner = taskRunner;
    this.#logger = logger;
  }

  getProviderName(): string {
    return 'meshwork-bench-generated-mesh';
  }

  /** Schedules the full mutation; the catalog connects its providers while the backend starts. */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.#connection = connection;
    this.#editsOffset = fs.statSync(this.#files.editsFile).size;
    this.#watcher = fs.watch(this.#files.editsFile, () => this.#readEdits());
    await this.#taskRunner.run({
      id: `${this.getProviderName()}:full`,
      fn: () => this.applyAll(),
    });
  }

  /** Reads the entities file and applies it as a full mutation; logs when it starts and ends. */
  async applyAll(): Promise<void> {
    const started = Date.now();
    const { entities } = readEntityLinesFrom(this.#files.entitiesFile, 0);
    this.#logger.info(
      `Generated mesh: applying a full mutation of ${entities.length} entities`,
    );
    await this.#connection!.applyMutation({
      type: 'full',
      entities: entities.map(entity => this.#deferred(entity)),
    });
    this.#logger.info(
      `Generated mesh: applied a full mutation of ${
        entities.length
      } entities in ${Date.now() - started} ms`,
    );
  }

  close() {
    this.#watcher?.close();
  }

  #readEdits() {
    this.#edits = this.#edits
      .then(async () => {
        const read = readEntityLinesFrom(
          this.#files.editsFile,
          this.#editsOffset,
        );
        this.#editsOffset = read.offset;
        if (read.entities.length === 0) return;
        await this.#connection!.applyMutation({
          type: 'delta',
          added: read.entities.map(entity => this.#deferred(entity)),
          removed: [],
        });
        this.#logger.info(
          `Generated mesh: applied a delta of ${read.entities.length} edited entities`,
        );
      })
      .catch(error =>
        this.#logger.error(`Generated mesh: an edit failed: ${error}`),
      );
  }

  /** The entity as the catalog keeps a provider's: with where it came from. */
  #deferred(entity: Entity): DeferredEntity {
    const location = `file:${this.#files.entitiesFile}`;
    return {
      entity: {
        ...entity,
        metadata: {
          ...entity.metadata,
          annotations: {
            ...entity.metadata.annotations,
            [ANNOTATION_LOCATION]: location,
            [ANNOTATION_ORIGIN_LOCATION]: location,
          },
        },
      },
      locationKey: `${this.getProviderName()}:${this.#files.entitiesFile}`,
    };
  }
}
