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

import {
  describeDataProductProblems,
  fileEnvelopeProblem,
  isKindRefusedForWholeFile,
} from '@meshwork/plugin-data-products-common';
import type { DataProductProblem } from '@meshwork/plugin-data-products-common';
import { Document, isMap } from 'yaml';

/**
 * Why the catalog would store nothing read from a file because of this
 * document, if it would.
 *
 * @remarks
 * The catalog reads a file in one go and keeps what it read only when the
 * whole read went through: a YAML error, a document that is not a map, an
 * envelope it can't make an entity of (no kind, no name, a namespace that is
 * not text, annotations that are not a map) or a kind no `catalog.rules`
 * entry allows makes it keep none of the file's documents, the valid ones
 * included. Any other problem refuses one entity only.
 */
export function wholeFileRefusal(
  doc: Document.Parsed,
): { problem?: DataProductProblem; reason: string } | undefined {
  if (doc.errors.length > 0) return { reason: 'has broken YAML' };
  if (doc.contents === null) return undefined;
  if (!isMap(doc.contents)) {
    return { reason: 'is not a map of fields' };
  }
  let entity: unknown;
  try {
    entity = doc.toJS();
  } catch {
    return { reason: 'cannot be read' };
  }
  const problem = fileEnvelopeProblem(entity);
  if (problem) {
    return { problem, reason: describeDataProductProblems([problem]) };
  }
  if (isKindRefusedForWholeFile((entity as { kind?: unknown }).kind)) {
    return { reason: 'has a kind no catalog rule allows' };
  }
  return undefined;
}
