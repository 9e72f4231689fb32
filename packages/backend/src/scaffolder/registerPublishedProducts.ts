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
import type { CatalogService } from '@backstage/plugin-catalog-node';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isFile } from './localPublishDirectory';

/**
 * Registers, as `file` locations, the products published earlier under the
 * publish directory whose descriptor the catalog has no location for. The
 * example app keeps its catalog in memory, so without this a product made
 * with "New data product" leaves the portal at the next restart while its
 * folder stays. On a catalog that persists, the products are registered
 * already and nothing is added. Returns the targets it registered.
 */
export async function registerPublishedProducts(options: {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  rootDirectory: string;
}): Promise<string[]> {
  const { catalog, auth, logger, rootDirectory } = options;
  const names = await fs.readdir(rootDirectory).catch(() => [] as string[]);
  const descriptors: string[] = [];
  for (const name of names.sort()) {
    const target = path.join(rootDirectory, name, 'catalog-info.yaml');
    if (await isFile(target)) descriptors.push(target);
  }
  if (descriptors.length === 0) return [];

  const credentials = await auth.getOwnServiceCredentials();
  const { items } = await catalog.getLocations({}, { credentials });
  const known = new Set(
    items.filter(l => l.type === 'file').map(l => path.resolve(l.target)),
  );
  const registered: string[] = [];
  // The catalog takes one location per call; there are as many as products
  // published by hand on this host, a handful.
  for (const target of descriptors.filter(t => !known.has(t))) {
    try {
      await catalog.addLocation({ type: 'file', target }, { credentials });
      registered.push(target);
    } catch (error) {
      // One bad folder must not keep the others out.
      logger.warn(`Could not register ${target} again: ${error}`);
    }
  }
  return registered;
}
