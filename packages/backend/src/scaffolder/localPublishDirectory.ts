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

import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { dataProductEntityV1alpha1Schema } from '@meshwork/plugin-data-products-common';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where the example app publishes new data products when nothing is
 * configured: the repository's `.meshwork/published/`, relative to the
 * backend's working directory (packages/backend), as the catalog's file
 * locations in app-config.yaml are.
 */
export const DEFAULT_LOCAL_PUBLISH_DIRECTORY = '../../.meshwork/published';

/** The folder every locally published product lives under (`meshwork.localPublish.directory`). */
export function localPublishRoot(config: Config, cwd = process.cwd()): string {
  return path.resolve(
    cwd,
    config.getOptionalString('meshwork.localPublish.directory') ??
      DEFAULT_LOCAL_PUBLISH_DIRECTORY,
  );
}

// The kind's own name rule: a product's folder is named like the product,
// and such a name has no '/', no '..' and no leading '.'.
const nameRule =
  dataProductEntityV1alpha1Schema.properties.metadata.properties.name;
const NAME_PATTERN = new RegExp(nameRule.pattern);

/** Whether `name` is a data product name, so a folder `<root>/<name>` stays in the root. */
export function isProductName(name: string): boolean {
  return name.length <= nameRule.maxLength && NAME_PATTERN.test(name);
}

/**
 * The folder of one published product, `<root>/<name>`. A name that is not a
 * data product name, or that would lead outside the root, is refused.
 */
export function publishedProductDirectory(root: string, name: string): string {
  if (!isProductName(name)) {
    throw new InputError(
      `name: expected ${nameRule['x-expected']}, got ${JSON.stringify(name)}`,
    );
  }
  // Belt and braces, should the name rule ever change.
  return resolveSafeChildPath(root, name);
}

/** Whether `file` is a regular file; false when it is missing or unreadable. */
export async function isFile(file: string): Promise<boolean> {
  return fs.stat(file).then(
    stat => stat.isFile(),
    () => false,
  );
}
