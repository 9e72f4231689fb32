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

import path from 'node:path';
import type { SourceFile } from './types';

/**
 * The file a `$text` substitution names (`definition: { $text: ./orders.odcs.yaml }`),
 * as the catalog would read it: relative to the entity's file, among the
 * files of the same side. A URL, or a file the side did not read, is none.
 */
export function substitutedFile(
  files: ReadonlyMap<string, SourceFile>,
  from: SourceFile,
  target: string,
): SourceFile | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
  if (from.revision === undefined) {
    return files.get(path.join(path.dirname(from.name), target));
  }
  const prefix = `${from.revision}:`;
  const inRepo = from.name.slice(prefix.length);
  return files.get(
    `${prefix}${path.posix.join(path.posix.dirname(inRepo), target)}`,
  );
}
