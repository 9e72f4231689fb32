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

import { escapeControlCharacters } from '@meshwork/plugin-data-products-common';

/** Where and why a text is not JSON: 1-based line and column when the parser says. */
export interface JsonSyntaxError {
  line?: number;
  column?: number;
  message: string;
}

/** Line and column of an offset into `text`. */
function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * `Expected ',' or '}' after property value in JSON at position 12 (line 1
 * column 13)` → `JSON syntax: Expected ',' or '}' after property value`, at
 * line 1, column 13. The parser quotes the text it choked on: escaped, so a
 * file can't forge lines in a CI log.
 */
function syntaxErrorOf(error: unknown, text: string): JsonSyntaxError {
  const raw = String((error as Error)?.message ?? error);
  const at = /\s+in JSON at position (\d+)(?: \(line \d+ column \d+\))?/.exec(
    raw,
  );
  const message = `JSON syntax: ${escapeControlCharacters(
    at ? raw.slice(0, at.index) : raw,
  )}`;
  return at ? { ...positionOf(text, Number(at[1])), message } : { message };
}

/** Parsed JSON, or where it breaks. A byte-order mark, as Windows tools write, is skipped. */
export function parseJson(
  text: string,
): { value: unknown } | { error: JsonSyntaxError } {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(json) };
  } catch (error) {
    return { error: syntaxErrorOf(error, json) };
  }
}

/** One line of a JSON Lines file, parsed, with its 1-based line number. */
export interface JsonLine {
  line: number;
  value: unknown;
}

/**
 * A JSON document, or JSON Lines (one value a line, as OpenLineage's file
 * transport writes). Read as lines only when the whole is not JSON and its
 * first line is: a broken single document is reported as one.
 */
export function parseJsonOrLines(
  text: string,
):
  | { value: unknown }
  | { lines: JsonLine[]; errors: JsonSyntaxError[] }
  | { error: JsonSyntaxError } {
  const whole = parseJson(text);
  if ('value' in whole) return whole;
  const rows = text
    .split('\n')
    .map((row, index) => ({ row, line: index + 1 }))
    .filter(({ row }) => row.trim() !== '');
  if (rows.length < 2 || !('value' in parseJson(rows[0].row))) return whole;
  const lines: JsonLine[] = [];
  const errors: JsonSyntaxError[] = [];
  for (const { row, line } of rows) {
    const parsed = parseJson(row);
    if ('value' in parsed) lines.push({ line, value: parsed.value });
    else errors.push({ ...parsed.error, line });
  }
  return { lines, errors };
}
