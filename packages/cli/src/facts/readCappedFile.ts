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

import { open } from 'node:fs/promises';
import { ReadFile, reasonOf } from '../readTextFile';

/**
 * Read at most this much of one file by default. A dbt manifest of a large
 * project runs to a few hundred MB; parsing one needs several times that in
 * memory, and past about 512 MB Node can't hold the text at all.
 */
export const DEFAULT_MAX_FILE_MB = 256;

const MB = 1024 * 1024;

/** `312 MB`, or `50 KB` for a small file under a small cap. */
function sizeOf(bytes: number): string {
  return bytes >= MB
    ? `${Math.ceil(bytes / MB)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/** Over the cap: the file's size and what to do. */
class FileTooLarge extends Error {
  constructor(bytes: number, maxBytes: number) {
    super(
      `the file is ${sizeOf(bytes)}; at most ${
        maxBytes / MB
      } MB is read (raise it with --max-file-size)`,
    );
  }
}

/** A file's text, or why not: too large to read, or not there, or not readable. */
export type CappedRead =
  | { content: string }
  | { tooLarge: string }
  | { reason: string; missing: boolean };

/** Reads from disk, and sees the size before reading a byte, so a huge file costs nothing. */
function diskReader(maxBytes: number): ReadFile {
  return async path => {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) throw new FileTooLarge(size, maxBytes);
      return await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  };
}

/**
 * A tool's output file, read whole but never past `maxMb`; never throws.
 * A reader passed in (the tests') is checked after reading.
 */
export async function readCappedFile(
  path: string,
  maxMb: number,
  readFile?: ReadFile,
): Promise<CappedRead> {
  const maxBytes = maxMb * MB;
  const reader: ReadFile = readFile
    ? async file => {
        const content = await readFile(file);
        const bytes = Buffer.byteLength(content);
        if (bytes > maxBytes) throw new FileTooLarge(bytes, maxBytes);
        return content;
      }
    : diskReader(maxBytes);
  try {
    return { content: await reader(path) };
  } catch (error) {
    if (error instanceof FileTooLarge) return { tooLarge: error.message };
    const missing = (error as { code?: string } | null)?.code === 'ENOENT';
    return { reason: reasonOf(error), missing };
  }
}
