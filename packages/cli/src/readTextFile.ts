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

import { readFile as readFileFromDisk } from 'node:fs/promises';

/** Reads a file as UTF-8 text; commands take one so that tests need no disk. */
export type ReadFile = (path: string) => Promise<string>;

const reasons: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Why a file could not be read, short and lower case: `no such file`. */
export function reasonOf(error: unknown): string {
  const { code, message } = (error ?? {}) as {
    code?: string;
    message?: string;
  };
  return (code && reasons[code]) ?? message ?? String(error);
}

/**
 * Reads a file named on the command line. A file that can't be read is a
 * mistake in the command, so it comes back as a short lower-case reason
 * (`no such file`) for a one-line message, never as a thrown error.
 */
export async function readTextFile(
  path: string,
  readFile: ReadFile = file => readFileFromDisk(file, 'utf8'),
): Promise<{ content: string } | { reason: string }> {
  try {
    return { content: await readFile(path) };
  } catch (error) {
    return { reason: reasonOf(error) };
  }
}
