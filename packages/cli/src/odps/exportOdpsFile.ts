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
  exportDataProductAsOdps,
  OdpsDocument,
} from '@meshwork/plugin-data-products-common';
import { lintFile } from '../lint/lintFile';
import type { OdpsNotice } from './types';

/**
 * ODPS documents made from a file, or the problems that stopped them; and
 * the warnings of kept fields written elsewhere.
 */
export interface OdpsExport {
  documents: OdpsDocument[];
  /** Errors and warnings, in the order of the file. */
  problems: OdpsNotice[];
}

/**
 * Each `kind: DataProduct` document of a catalog file as an ODPS v1.1.0
 * document. The file must pass the linter first: the export of an invalid
 * product would carry its mistakes into ODPS.
 */
export async function exportOdpsFile(
  file: string,
  content: string,
): Promise<OdpsExport> {
  const linted = await lintFile(file, content);
  if (linted.problems.length > 0) {
    return { documents: [], problems: linted.problems };
  }
  const documents: OdpsDocument[] = [];
  const problems: OdpsNotice[] = [];
  for (const product of linted.dataProducts) {
    const exported = exportDataProductAsOdps(
      product.entity as DataProductEntityV1alpha1,
    );
    const at = { file, line: product.line, column: 1 };
    // The kind takes some values ODPS refuses (a URL without a scheme), and
    // kept ODPS fields may have been edited by hand.
    for (const problem of exported.problems) {
      problems.push({
        ...at,
        severity: 'error',
        message: `${product.name}: the ODPS export would be invalid: ${problem.message}`,
      });
    }
    for (const warning of exported.warnings) {
      problems.push({
        ...at,
        severity: 'warning',
        message: `${product.name}: in the ODPS export, ${warning.message}`,
      });
    }
    if (exported.document) documents.push(exported.document);
  }
  return { documents, problems };
}
