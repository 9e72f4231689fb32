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

import type { JsonObject } from '@backstage/types';
import type { DataProductProblem } from '../entity';
import { DocumentEdits } from './editDocument';
import {
  OdpsSchemaNode,
  UnknownOdpsField,
  unknownFieldsIn,
} from './odpsSchemaWalk';
import { odpsProblems, odpsSchemaOf } from './validateOdpsDocument';

/** A document checked against the schema of its ODPS version. */
export interface OdpsCheck {
  /** The version whose schema checked it; absent when none could. */
  version?: string;
  /** Everything that breaks the schema except unknown fields. */
  problems: DataProductProblem[];
  /** The fields the schema does not know (a vendor's `x-owner`). */
  unknownFields: UnknownOdpsField[];
}

/**
 * Checks a document against the official schema of its ODPS version,
 * telling the fields the schema does not know apart from real problems:
 * real documents carry vendor extensions, and those are kept, not refused.
 * The problems are those of the document without its unknown fields, so
 * none of them is about an unknown field.
 */
export function checkOdpsDocument(document: unknown): OdpsCheck {
  const chosen = odpsSchemaOf(document);
  if ('problems' in chosen) {
    return { problems: chosen.problems, unknownFields: [] };
  }
  const { validate, version } = chosen;
  const unknownFields = unknownFieldsIn(
    document as JsonObject,
    chosen.schema as OdpsSchemaNode,
  );
  let known = document as JsonObject;
  if (unknownFields.length > 0) {
    const edits = new DocumentEdits();
    for (const field of unknownFields) edits.remove(field.path);
    known = edits.applyTo(known);
  }
  const problems = validate(known)
    ? []
    : odpsProblems(validate.errors, version);
  return { version, problems, unknownFields };
}
