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

import { isScalar, Scalar } from 'yaml';
import { locate, type ProblemTarget } from '../lint/locate';
import type { YamlCache } from './yamlDocuments';
import type { Chunk, ContractHome, Position } from './types';

/** `spec.outputPorts[0].sla.freshness` → `['spec', 'outputPorts', 0, 'sla', 'freshness']` */
export function parseFieldPath(field: string): Array<string | number> {
  const path: Array<string | number> = [];
  for (const [, key, index] of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    path.push(index === undefined ? key : Number(index));
  }
  return path;
}

/** Where a field is in a document of a file; a missing one at its nearest parent. */
export function locateInChunk(
  cache: YamlCache,
  chunk: Chunk,
  path: ReadonlyArray<string | number>,
  target: ProblemTarget = 'value',
): Position {
  const { doc } = cache.tree(chunk.text);
  return cache.positionIn(chunk, locate(doc, path, target));
}

/**
 * Where a place in an API entity's inline definition is in its file. A
 * literal block (`definition: |`) keeps the definition's lines as they are,
 * indented: line N of the definition is line N after the `|`. Any other
 * way of writing it points at the definition itself.
 */
export function positionInDefinition(
  cache: YamlCache,
  home: ContractHome,
  inDefinition: Position | undefined,
): Position {
  const { chunk } = home;
  const node = cache.tree(chunk.text).doc.getIn(['spec', 'definition'], true);
  if (!isScalar(node) || !node.range) {
    return locateInChunk(cache, chunk, ['spec', 'definition']);
  }
  const header = cache.positionIn(chunk, node.range[0]);
  if (node.type !== Scalar.BLOCK_LITERAL || !inDefinition) return header;
  const lines = chunk.text.split('\n');
  const firstContent = lines
    .slice(header.line - chunk.lineOffset)
    .find(line => line.trim() !== '');
  const indent = firstContent?.match(/^ */)?.[0].length ?? 0;
  return {
    line: header.line + inDefinition.line,
    column: indent + inDefinition.column,
  };
}

/** Where a field of a contract is: in its ODCS document, or in the API entity's definition. */
export function locateInContract(
  cache: YamlCache,
  home: ContractHome,
  path: ReadonlyArray<string | number>,
  target: ProblemTarget = 'value',
): Position {
  if (home.inline === undefined) {
    return locateInChunk(cache, home.chunk, path, target);
  }
  const { doc, lines } = cache.tree(home.inline);
  const { line, col } = lines.linePos(locate(doc, path, target));
  return positionInDefinition(cache, home, { line, column: col });
}
