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
import type { Entity } from '@backstage/catalog-model';

/**
 * The generated mesh as the benchmark's entity provider reads it: one entity
 * per line, in JSON. Lines, because the provider reads a second file of the
 * same form as it grows (each edit appended as a line), and a line written
 * in one call is never read in halves.
 */
export function writeEntityLines(file: string, entities: Iterable<Entity>) {
  const fd = fs.openSync(file, 'w');
  try {
    let chunk: string[] = [];
    for (const entity of entities) {
      chunk.push(JSON.stringify(entity));
      // Some thousands at a time: one string of 150,000 entities is large.
      if (chunk.length === 5_000) {
        fs.writeSync(fd, `${chunk.join('\n')}\n`);
        chunk = [];
      }
    }
    if (chunk.length) fs.writeSync(fd, `${chunk.join('\n')}\n`);
  } finally {
    fs.closeSync(fd);
  }
}

/** Appends one entity as a line, in one write. */
export function appendEntityLine(file: string, entity: Entity) {
  fs.appendFileSync(file, `${JSON.stringify(entity)}\n`);
}

/** The entities of whole lines of JSON; blank lines are skipped. */
export function parseEntityLines(text: string): Entity[] {
  return text
    .split('\n')
    .filter(line => line.trim())
    .map(line => JSON.parse(line) as Entity);
}

/**
 * Reads the entities added to `file` past byte `offset`; returns them and
 * the offset to read from next time.
 */
export function readEntityLinesFrom(
  file: string,
  offset: number,
): { entities: Entity[]; offset: number } {
  const size = fs.statSync(file).size;
  if (size <= offset) return { entities: [], offset };
  const buffer = Buffer.alloc(size - offset);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    fs.closeSync(fd);
  }
  // Bytes, not characters, count the offset: the lines may hold UTF-8.
  const end = buffer.lastIndexOf(0x0a) + 1;
  const entities = parseEntityLines(buffer.subarray(0, end).toString());
  return { entities, offset: offset + end };
}
