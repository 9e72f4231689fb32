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

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { reasonOf } from '../readTextFile';
import type { SourceFile } from './types';

/** Where a repository keeps catalog files and contracts. */
const CATALOG_FILE = /\.(ya?ml|json)$/i;

/** Folders no catalog file is read from: installed packages, and `.git`, `.github` and the like. */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Whether a file found in a folder is read: by its extension. */
export function isCatalogFile(name: string): boolean {
  return CATALOG_FILE.test(name);
}

async function walk(dir: string, found: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // Symbolic links to folders are not followed: they can loop.
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) await walk(path, found);
    } else if (isCatalogFile(entry.name)) {
      found.push(path);
    }
  }
}

/** A file that could not be read, and why (`no such file`). */
export interface UnreadablePath {
  unreadable: string;
  reason: string;
}

/**
 * The files of a path on disk: the file itself, or a folder's YAML and JSON
 * files, recursively; or the first that can't be read, and why.
 */
export async function readPathFromDisk(
  path: string,
): Promise<{ files: SourceFile[] } | UnreadablePath> {
  let current = path;
  try {
    const paths: string[] = [];
    if ((await stat(path)).isDirectory()) {
      await walk(path, paths);
    } else {
      paths.push(path);
    }
    const files: SourceFile[] = [];
    for (const name of paths) {
      current = name;
      files.push({ name, content: await readFile(name, 'utf8') });
    }
    return { files };
  } catch (error) {
    return { unreadable: current, reason: reasonOf(error) };
  }
}
