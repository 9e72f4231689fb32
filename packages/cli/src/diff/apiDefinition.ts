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

import { locateInChunk, positionInDefinition } from './locateFields';
import { substitutedFile } from './substitutedFile';
import type { YamlCache } from './yamlDocuments';
import type { Chunk, ContractHome, Position, SourceFile } from './types';

/** The whole of a file a `$text` substitution names, as one document. */
function wholeFile(file: SourceFile): Chunk {
  return { file, text: file.content, lineOffset: 0 };
}

type Unread = { home: ContractHome; at: Position; problem: string };

/** Where an API entity's contract is held: inline, or in the file its `$text` names. */
function homeOf(
  chunk: Chunk,
  definition: unknown,
  cache: YamlCache,
  files: ReadonlyMap<string, SourceFile>,
): ContractHome | Unread {
  const substituted = (definition as { $text?: unknown } | null)?.$text;
  if (typeof substituted === 'string') {
    const file = substitutedFile(files, chunk.file, substituted);
    if (file) return { chunk: wholeFile(file) };
    return {
      home: { chunk },
      at: locateInChunk(cache, chunk, ['spec', 'definition', '$text']),
      problem: `spec.definition.$text: ${substituted} is not among the files given; meshwork diff follows $text to a file beside the entity's, in the folder it reads`,
    };
  }
  if (typeof definition === 'string') return { chunk, inline: definition };
  return {
    home: { chunk },
    at: locateInChunk(cache, chunk, ['spec', 'definition']),
    problem:
      'spec.definition: expected the ODCS contract as text, or a $text substitution naming its file',
  };
}

/**
 * An API entity's contract, parsed, and where it is held; or why it can't
 * be read, and where to say so.
 */
export function readApiDefinition(
  chunk: Chunk,
  entity: Record<string, unknown>,
  cache: YamlCache,
  files: ReadonlyMap<string, SourceFile>,
): { home: ContractHome; raw: unknown } | Unread {
  const definition = (entity.spec as { definition?: unknown }).definition;
  const home = homeOf(chunk, definition, cache, files);
  if ('problem' in home) return home;
  const parsed = cache.parse(home.inline ?? home.chunk.text);
  if (parsed.ok) return { home, raw: parsed.value };
  const inline = home.inline !== undefined;
  return {
    home,
    at: inline
      ? positionInDefinition(cache, home, parsed.position)
      : parsed.position ?? { line: 1, column: 1 },
    problem: `${
      inline ? 'spec.definition: ' : ''
    }the contract is not valid YAML or JSON: ${parsed.message}`,
  };
}
