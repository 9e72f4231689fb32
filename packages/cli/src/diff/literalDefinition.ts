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

/** `  definition: |` (or `|-`, `|+`), alone on its line but for a comment. */
const LITERAL_HEADER = /^( *)definition:[ \t]*\|[-+]?[ \t]*(?:#[^\n]*)?\r?$/gm;

/**
 * An API entity's text with its `definition: |` block cut out, and the
 * block's text: the entity then parses in microseconds instead of copying
 * a contract of tens of thousands of lines through the YAML parser only for
 * the contract to be parsed again. A literal block's lines are its text
 * once their indentation is taken off, so cutting them out is exact; only
 * trailing line breaks (the chomping) may differ, which no reader of the
 * definition sees. Undefined when the text is not that simple (no such
 * line, more than one, an indentation indicator, a line indented between
 * the key and the text): the caller then parses it whole.
 */
export function cutLiteralDefinition(
  text: string,
): { rest: string; definition: string } | undefined {
  // A lone \r breaks a line in YAML, and in no line count here.
  if (/\r(?!\n)/.test(text)) return undefined;
  const headers = [...text.matchAll(LITERAL_HEADER)];
  if (headers.length !== 1) return undefined;
  const [header] = headers;
  const keyIndent = header[1].length;
  const bodyStart = header.index! + header[0].length + 1;
  const body = text.slice(bodyStart);
  // The block's indentation is its first line with text's; it ends at the
  // first line with text indented no more than its key.
  const indent = /^( *)[^ \r\n]/m.exec(body)?.[1].length ?? 0;
  if (indent <= keyIndent) return undefined;
  const after = new RegExp(`^ {0,${keyIndent}}[^ \\r\\n]`, 'm').exec(body);
  const end = bodyStart + (after ? after.index : body.length);
  const block = text.slice(bodyStart, end);
  // A line between the two indentations is broken YAML: the parser says so.
  if (new RegExp(`^ {0,${indent - 1}}[^ \\r\\n]`, 'm').test(block)) {
    return undefined;
  }
  const definition = block
    .replace(/\r$/gm, '')
    .replace(new RegExp(`^ {1,${indent}}`, 'gm'), '');
  const rest = `${text.slice(0, header.index)}${' '.repeat(
    keyIndent,
  )}definition: ''\n${text.slice(end)}`;
  return { rest, definition };
}
