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

import type { JsonObject, JsonValue } from '@backstage/types';
import type { DataProductProblem } from '../entity';
import { formatFieldPath } from '../entity/problems';
import { DocumentEdits } from './editDocument';
import { hasOwn, isJsonObject } from './leftovers';
import { OdpsSchemaNode, schemaAt } from './odpsSchemaWalk';
import { checkOdpsDocument } from './unknownOdpsFields';
import {
  jsonPath,
  odpsSchemaOf,
  problemAt,
  validateOdpsDocument,
} from './validateOdpsDocument';

type Path = Array<string | number>;

function valueAt(document: JsonValue, path: Path): JsonValue | undefined {
  let value: JsonValue | undefined = document;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') {
      value = value[segment];
    } else if (isJsonObject(value) && hasOwn(value, String(segment))) {
      value = value[String(segment)];
    } else {
      return undefined;
    }
  }
  return value;
}

/**
 * The nearest object, from the field's own up to the document, that ODPS
 * gives `customProperties` (product, ports, support, team, members...).
 */
function holderOf(document: JsonObject, root: OdpsSchemaNode, field: Path) {
  for (let length = field.length - 1; length >= 0; length--) {
    const path = field.slice(0, length);
    const value = valueAt(document, path);
    const current = isJsonObject(value) ? value.customProperties : undefined;
    if (
      isJsonObject(value) &&
      schemaAt(root, path)?.properties?.customProperties &&
      (current === undefined || Array.isArray(current))
    ) {
      return path;
    }
  }
  return undefined;
}

/** An ODPS document fitted to its schema, and what fitting it took. */
export interface FittedOdpsDocument {
  document: JsonObject;
  /** One per field that went into `customProperties`, naming where. */
  moved: DataProductProblem[];
  /** What still breaks the schema. */
  problems: DataProductProblem[];
}

/**
 * The document with each field its schema does not know (kept from an
 * import, such as a vendor's `x-owner`) written as a custom property of
 * the nearest object that has them: ODPS objects are closed, and custom
 * properties are their place for anything else. The property is named by
 * the field's path from that object (`x-owner`, `sbom[0].x-signed`).
 */
export function fitOdpsDocument(document: JsonObject): FittedOdpsDocument {
  const check = checkOdpsDocument(document);
  const chosen = odpsSchemaOf(document);
  if (check.unknownFields.length === 0 || 'problems' in chosen) {
    return { document, moved: [], problems: check.problems };
  }
  const edits = new DocumentEdits();
  const moved: DataProductProblem[] = [];
  for (const { path } of check.unknownFields) {
    const holder = holderOf(document, chosen.schema as OdpsSchemaNode, path);
    if (!holder) continue; // stays, and the document is refused
    const property = formatFieldPath(path.slice(holder.length));
    edits.remove(path);
    edits.addCustomProperty(holder, {
      property,
      value: valueAt(document, path) ?? null,
    });
    moved.push(
      problemAt(
        path,
        `not a field of ODPS ${
          chosen.version
        }; written as the custom property ${JSON.stringify(
          property,
        )} of ${jsonPath(holder)}`,
        'key',
      ),
    );
  }
  const fitted = edits.applyTo(document);
  return { document: fitted, moved, problems: validateOdpsDocument(fitted) };
}
