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

import { lintFile } from './lintFile';
import { readTextFile } from '../readTextFile';
import { LintedFile, LintReport, UnreadableFile } from './types';

/**
 * Options of {@link lintFiles}.
 * @public
 */
export interface LintFilesOptions {
  /** Reads a file as UTF-8 text; the default reads from disk, relative to the working directory. */
  readFile?: (path: string) => Promise<string>;
}

/**
 * Lints the `kind: DataProduct` documents of each file, in the order given.
 * Files that can't be read are listed in `unreadableFiles` rather than thrown.
 * @public
 */
export async function lintFiles(
  paths: ReadonlyArray<string>,
  options: LintFilesOptions = {},
): Promise<LintReport> {
  // One at a time: a repository can pass hundreds of files, and opening them
  // all at once can run out of file handles (EMFILE).
  const outcomes: Array<LintedFile | UnreadableFile> = [];
  for (const file of paths) {
    const read = await readTextFile(file, options.readFile);
    outcomes.push(
      'reason' in read
        ? { file, reason: read.reason }
        : await lintFile(file, read.content),
    );
  }
  const files = outcomes.filter((o): o is LintedFile => 'problems' in o);
  return {
    files,
    unreadableFiles: outcomes.filter((o): o is UnreadableFile => 'reason' in o),
    problems: files.flatMap(f => f.problems),
  };
}
