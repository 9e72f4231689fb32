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

import { CORE_SCHEMA, load } from 'js-yaml';
import { Document, LineCounter, parseDocument } from 'yaml';
import type { Chunk, Position, SourceFile } from './types';

/**
 * Lines that start a document (`---`) or end one (`...`). YAML forbids
 * these at the start of a line inside any scalar, so cutting a file at them
 * never cuts a value in two.
 */
const DOCUMENT_MARKERS = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

/** How many line breaks `text` has from `from` up to `to`. */
function lineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; ) {
    breaks++;
    at = text.indexOf('\n', at + 1);
  }
  return breaks;
}

/**
 * A file's YAML documents as pieces of its text, each parsed on its own:
 * a document that is the same in both sides is parsed once, and only the
 * documents a finding points into are parsed again for positions. Slices,
 * not lines: a contracts file runs to tens of megabytes.
 */
export function splitDocuments(file: SourceFile): Chunk[] {
  const content = file.content;
  const bom = content.charCodeAt(0) === 0xfeff ? 1 : 0;
  const chunks: Chunk[] = [];
  let start = bom;
  let lineOffset = 0;
  const cut = (end: number) => {
    const text = content.slice(start, end);
    if (/\S/.test(text)) chunks.push({ file, text, lineOffset });
    lineOffset += lineBreaks(content, start, end);
    start = end;
  };
  for (const marker of content.matchAll(DOCUMENT_MARKERS)) {
    if (marker[0] === '---') {
      cut(marker.index!);
    } else {
      const lineEnd = content.indexOf('\n', marker.index!);
      cut(lineEnd === -1 ? content.length : lineEnd + 1);
    }
  }
  cut(content.length);
  return chunks;
}

/** A document's value, or why it does not parse and where in its text. */
export type FastParse =
  | { ok: true; value: unknown }
  | { ok: false; message: string; position?: Position };

/** An anchor (`&name`): only a document with one can hold aliases. */
const ANCHOR = /(^|[\s[{,:-])&[^\s,[\]{}]/;

type Parsed = { doc: Document.Parsed; lines: LineCounter };

function parseWithPositions(text: string): Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  return { doc, lines };
}

/** yaml's reading: its first error, and its guard against alias bombs. */
function parseSafely({ doc, lines }: Parsed): FastParse {
  const [error] = doc.errors;
  if (error) {
    const { line, col } = lines.linePos(error.pos[0]);
    const [message] = error.message.split('\n');
    return { ok: false, message, position: { line, column: col } };
  }
  try {
    return { ok: true, value: doc.toJS() };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

/** js-yaml's reading, as fast as YAML gets in Node. */
function parseFast(text: string): FastParse {
  try {
    return { ok: true, value: load(text, { schema: CORE_SCHEMA }) };
  } catch (error) {
    const { reason, mark } = error as {
      reason?: string;
      mark?: { line: number; column: number };
    };
    return {
      ok: false,
      message: reason ?? String(error),
      position: mark && { line: mark.line + 1, column: mark.column + 1 },
    };
  }
}

/**
 * Parses the YAML of one run. js-yaml reads a 200-column contract about
 * fifteen times faster than yaml, whose syntax tree gives positions; it is
 * used with the core schema, as the catalog reads YAML 1.2 (no dates, no
 * merge keys). yaml reads what has anchors (it refuses alias bombs, which
 * js-yaml would hand over for the validators to walk for ever) and what a
 * message must point into. Values are kept by text, so a document the
 * same in both sides is parsed once.
 */
export class YamlCache {
  readonly #values = new Map<string, FastParse>();
  readonly #trees = new Map<string, Parsed>();

  parse(text: string): FastParse {
    let parsed = this.#values.get(text);
    if (!parsed) {
      // includes() first: the expression is slow on megabytes without an `&`
      parsed =
        text.includes('&') && ANCHOR.test(text)
          ? parseSafely(this.tree(text))
          : parseFast(text);
      this.#values.set(text, parsed);
    }
    return parsed;
  }

  /** The text's syntax tree, for positions: slow, so only when needed. */
  tree(text: string): Parsed {
    let parsed = this.#trees.get(text);
    if (!parsed) {
      parsed = parseWithPositions(text);
      this.#trees.set(text, parsed);
    }
    return parsed;
  }

  /** The file's position of an offset in a chunk's text. */
  positionIn(chunk: Chunk, offset: number): Position {
    const { line, col } = this.tree(chunk.text).lines.linePos(offset);
    return { line: chunk.lineOffset + line, column: col };
  }
}
