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

/** Where a literal block's content starts: the line of its `|` and the content's indentation. */
type LiteralBlock = { headerLine: number; indent: number };

/** The first line with text, without its indentation and line end. */
const FIRST_TEXT = /^([ ]*)(\S[^\r\n]*)/m;

/**
 * The `definition: |` line found in the text, without parsing a document
 * that may hold a 30,000-line contract: only when there is exactly one and
 * its first line is the definition's own.
 */
function scanLiteralBlock(
  chunk: Chunk,
  definition: string,
): LiteralBlock | undefined {
  const headers = [
    ...chunk.text.matchAll(/^[ \t]*definition:[ \t]*\|[-+1-9]*[ \t]*\r?$/gm),
  ];
  if (headers.length !== 1) return undefined;
  const [header] = headers;
  const content = FIRST_TEXT.exec(
    chunk.text.slice(header.index! + header[0].length),
  );
  if (!content || content[2] !== FIRST_TEXT.exec(definition)?.[2]) {
    return undefined;
  }
  const headerLine =
    chunk.lineOffset + chunk.text.slice(0, header.index).split('\n').length;
  return { headerLine, indent: content[1].length };
}

/** The same from the syntax tree, for what scanning can't tell. */
function treeLiteralBlock(
  cache: YamlCache,
  chunk: Chunk,
): LiteralBlock | Position {
  const node = cache.tree(chunk.text).doc.getIn(['spec', 'definition'], true);
  if (!isScalar(node) || !node.range) {
    return locateInChunk(cache, chunk, ['spec', 'definition']);
  }
  const header = cache.positionIn(chunk, node.range[0]);
  if (node.type !== Scalar.BLOCK_LITERAL) return header;
  const after = chunk.text.slice(node.range[0]);
  const content = FIRST_TEXT.exec(after.slice(after.indexOf('\n') + 1));
  return { headerLine: header.line, indent: content?.[1].length ?? 0 };
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
  const block =
    (home.inline !== undefined && scanLiteralBlock(home.chunk, home.inline)) ||
    treeLiteralBlock(cache, home.chunk);
  if (!('headerLine' in block)) return block;
  if (!inDefinition) return { line: block.headerLine, column: 1 };
  return {
    line: block.headerLine + inDefinition.line,
    column: block.indent + inDefinition.column,
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
