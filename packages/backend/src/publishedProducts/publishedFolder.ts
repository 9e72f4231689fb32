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

import fs from 'node:fs/promises';
import path from 'node:path';
import { isProductName } from '../scaffolder/localPublishDirectory';

/** The one file of a published product that the catalog reads. */
export const DESCRIPTOR_FILE = 'catalog-info.yaml';

/**
 * Glob syntax in the folder's path: the catalog's file reader treats a
 * location's target as a glob, so such a folder would match other paths.
 */
const GLOB_MAGIC = /[*?[\]{}]|[!+@]\(/;

/** Refuses a published folder whose path the catalog would read as a glob. */
export function assertPlainFolder(root: string): void {
  if (GLOB_MAGIC.test(root)) {
    throw new Error(
      `meshwork.localPublish.directory: ${root} has glob characters (* ? [ ] { }); the catalog would read it as a pattern. Choose a plain path.`,
    );
  }
}

/**
 * Whether `file` is a published product's descriptor: exactly
 * `<root>/<name>/catalog-info.yaml` for a data product name (so no `..`, no
 * `/`, no leading `.`), the folder a real folder and the file a regular file.
 * A symbolic link at either place could point the catalog at any file on the
 * host, so it does not count; the publish action never writes one.
 */
export async function isPublishedDescriptor(
  root: string,
  file: string,
): Promise<boolean> {
  const folder = path.dirname(file);
  if (
    path.basename(file) !== DESCRIPTOR_FILE ||
    path.dirname(folder) !== root ||
    !isProductName(path.basename(folder))
  ) {
    return false;
  }
  const [folderStat, fileStat] = await Promise.all([
    fs.lstat(folder).catch(() => undefined),
    fs.lstat(file).catch(() => undefined),
  ]);
  return Boolean(folderStat?.isDirectory() && fileStat?.isFile());
}

/**
 * The descriptors of every product published under `root` (an absolute,
 * normalised path), sorted; none when the folder does not exist yet. Other
 * entries (stray files, hidden folders, links, a half-published folder
 * without its descriptor) are left out.
 */
export async function listPublishedDescriptors(
  root: string,
): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const candidates = names
    .sort()
    .map(name => path.join(root, name, DESCRIPTOR_FILE));
  const published = await Promise.all(
    candidates.map(file => isPublishedDescriptor(root, file)),
  );
  return candidates.filter((_, i) => published[i]);
}
