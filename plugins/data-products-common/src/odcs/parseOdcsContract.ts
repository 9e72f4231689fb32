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

import { LineCounter, parseDocument, type Document } from 'yaml';
import { readOdcsDocument } from './readOdcsDocument';
import type {
  OdcsParseError,
  OdcsParseResult,
  OdcsSourcePosition,
} from './types';

/** The source line at a position with a caret under the column. */
function excerptAt(source: string, at: OdcsSourcePosition): string {
  const line = source.split(/\r?\n/)[at.line - 1] ?? '';
  return `${line}\n${' '.repeat(Math.max(0, at.column - 1))}^`;
}

/**
 * yaml reports an unclosed bracket or quote at the very end of the input,
 * often a blank line; point at the end of the last line with text instead.
 */
function atContent(source: string, at: OdcsSourcePosition): OdcsSourcePosition {
  const lines = source.split(/\r?\n/);
  if ((lines[at.line - 1] ?? '').trim() !== '') return at;
  for (let index = at.line - 2; index >= 0; index--) {
    if (lines[index].trim() !== '') {
      return { line: index + 1, column: lines[index].length + 1 };
    }
  }
  return at;
}

function failure(
  message: string,
  source: string,
  at?: OdcsSourcePosition,
): OdcsParseResult {
  const error: OdcsParseError = { message };
  if (at) {
    error.line = at.line;
    error.column = at.column;
    error.excerpt = excerptAt(source, at);
  }
  return { ok: false, error };
}

/** Where a top-level field's value (or, without a key, the document) starts. */
function positionOf(
  doc: Document,
  lines: LineCounter,
  key?: string,
): OdcsSourcePosition | undefined {
  const node = (key === undefined ? doc.contents : doc.get(key, true)) as {
    range?: [number, number, number];
  } | null;
  if (!node?.range) return undefined;
  const { line, col } = lines.linePos(node.range[0]);
  return { line, column: col };
}

/**
 * Reads an API entity's `spec.definition` as an ODCS v3 contract. YAML and
 * JSON are both accepted (JSON is YAML). Never throws: a definition that
 * isn't readable comes back as an error with its line and column when the
 * parser knows them, so the widget can say what to fix instead of going blank.
 *
 * @public
 */
export function parseOdcsContract(definition: unknown): OdcsParseResult {
  if (typeof definition !== 'string' || definition.trim() === '') {
    return failure(
      "The contract is empty: the API entity's spec.definition holds no ODCS document.",
      '',
    );
  }
  const lines = new LineCounter();
  const doc = parseDocument(definition, {
    lineCounter: lines,
    prettyErrors: false,
  });
  const [first, ...others] = doc.errors;
  if (first) {
    // with prettyErrors off, yaml leaves linePos unset: count lines ourselves
    const { line, col } = lines.linePos(first.pos[0]);
    const more = others.length ? ` (${others.length} more after this one)` : '';
    return failure(
      `The contract is not valid YAML or JSON: ${first.message}${more}`,
      definition,
      atContent(definition, { line, column: col }),
    );
  }
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (e) {
    // e.g. too many aliases, which yaml refuses to expand
    return failure(
      `The contract could not be read: ${(e as Error).message}`,
      definition,
    );
  }
  const read = readOdcsDocument(raw);
  if (read.ok) return read;
  return failure(
    read.message,
    definition,
    read.at === undefined
      ? undefined
      : positionOf(doc, lines, read.at || undefined),
  );
}
