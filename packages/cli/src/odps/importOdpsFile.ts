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
  DataProductEntityV1alpha1,
  odpsToDataProduct,
  OdpsImportOptions,
} from '@meshwork/plugin-data-products-common';
import { LineCounter, parseAllDocuments } from 'yaml';
import { locate } from '../lint/locate';
import { syntaxProblems } from '../lint/lintFile';
import type { OdpsNotice } from './types';

/**
 * DataProduct entities made from a file, or the problems that stopped
 * them; and the warnings of fields kept without a place in the kind.
 */
export interface OdpsImport {
  entities: DataProductEntityV1alpha1[];
  /** Errors and warnings, in the order of the file. */
  problems: OdpsNotice[];
}

/**
 * A `DataProduct` for each ODPS document of a (multi-document) YAML file.
 * Problems and warnings in the ODPS document point at its line (a field
 * the schema does not know at its key); those of the product it would give
 * (no owner, say) at the document's start.
 */
export function importOdpsFile(
  file: string,
  content: string,
  options: OdpsImportOptions,
): OdpsImport {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(content, { lineCounter, prettyErrors: false });
  const positionOf = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const entities: DataProductEntityV1alpha1[] = [];
  const problems: OdpsNotice[] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      problems.push(...syntaxProblems(file, doc, positionOf));
      continue;
    }
    if (doc.contents === null) continue; // an empty document, e.g. after a trailing ---
    const start = doc.contents.range?.[0] ?? doc.range[0];
    let data: unknown;
    try {
      data = doc.toJS();
    } catch (error) {
      // toJS refuses alias bombs ("Excessive alias count")
      const message = `YAML: ${(error as Error).message}`;
      problems.push({ file, ...positionOf(start), severity: 'error', message });
      continue;
    }
    const result = odpsToDataProduct(data, options);
    const notices = [
      ...result.problems.map(problem => ['error', problem] as const),
      ...result.warnings.map(warning => ['warning', warning] as const),
    ];
    for (const [severity, problem] of notices) {
      const offset =
        problem.document === 'odps'
          ? locate(doc, problem.path, problem.target)
          : start;
      problems.push({
        file,
        ...positionOf(offset),
        severity,
        message: problem.message,
        field: problem.field,
      });
    }
    if (result.entity) entities.push(result.entity);
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { entities, problems };
}
