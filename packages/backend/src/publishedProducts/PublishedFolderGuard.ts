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

import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type {
  CatalogProcessor,
  LocationSpec,
} from '@backstage/plugin-catalog-node';
import path from 'node:path';
import { isPublishedDescriptor } from './publishedFolder';

/** Whether `target` (absolute) lies inside `root`. */
function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return (
    relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
  );
}

/**
 * Keeps the catalog's reads that start in the published folder inside it. A
 * Location written into a published `catalog-info.yaml` (by hand; the
 * template never writes one) could otherwise point the catalog's file reader
 * at any file on the host, and the catalog's rules allow Location entities
 * from anywhere. Here, a Location read from the folder may only point at a
 * published product's descriptor; any other target fails that Location's
 * processing before anything is read.
 */
export class PublishedFolderGuard implements CatalogProcessor {
  constructor(private readonly rootDirectory: string) {}

  getProcessorName(): string {
    return 'MeshworkPublishedFolderGuard';
  }

  async preProcessEntity(
    entity: Entity,
    location: LocationSpec,
  ): Promise<Entity> {
    if (
      entity.kind !== 'Location' ||
      location.type !== 'file' ||
      !isInside(this.rootDirectory, path.resolve(location.target))
    ) {
      return entity;
    }
    const spec = (entity.spec ?? {}) as {
      type?: string;
      target?: string;
      targets?: string[];
    };
    const type = spec.type ?? location.type;
    const targets = [spec.target, ...(spec.targets ?? [])].filter(
      (t): t is string => typeof t === 'string',
    );
    for (const target of targets) {
      // As the catalog resolves it: `./x` from the file's folder, else as is.
      const file = target.startsWith('.')
        ? path.join(path.dirname(location.target), target)
        : path.resolve(target);
      if (
        type !== 'file' ||
        !(await isPublishedDescriptor(this.rootDirectory, file))
      ) {
        throw new InputError(
          `A Location in the published folder ${this.rootDirectory} may only point at a published product's catalog-info.yaml there, not at ${type}:${target}`,
        );
      }
    }
    return entity;
  }
}
