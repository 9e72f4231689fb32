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

import type { DataProductEntityV1alpha1, DataProductProblem } from '../entity';
import { buildOdpsDocument } from './dataProductToOdps';
import { fitOdpsDocument } from './fitOdpsDocument';
import type { OdpsDocument } from './OdpsDocument';

/**
 * An ODPS export: the document when it is valid, and what the export
 * changed or found wrong, each naming its JSON path.
 * @public
 */
export interface OdpsExportResult {
  /** Set when there is no problem: a document valid against ODPS v1.1.0. */
  document?: OdpsDocument;
  /**
   * Fields kept from an import that ODPS v1.1.0 does not know, each
   * written as a custom property instead, naming its JSON path and where
   * it went.
   */
  warnings: DataProductProblem[];
  /**
   * Why the document would break the ODPS v1.1.0 schema, by JSON path: the
   * kind takes some values ODPS refuses (a URL without a scheme), and kept
   * ODPS fields may have been edited by hand.
   */
  problems: DataProductProblem[];
}

/**
 * A `DataProduct` as an ODPS v1.1.0 document, as {@link dataProductToOdps}
 * writes it, checked against the official schema: no document comes out
 * that the schema refuses.
 * @public
 */
export function exportDataProductAsOdps(
  entity: DataProductEntityV1alpha1,
): OdpsExportResult {
  const fitted = fitOdpsDocument(buildOdpsDocument(entity));
  return fitted.problems.length > 0
    ? { warnings: fitted.moved, problems: fitted.problems }
    : {
        document: fitted.document as OdpsDocument,
        warnings: fitted.moved,
        problems: [],
      };
}
