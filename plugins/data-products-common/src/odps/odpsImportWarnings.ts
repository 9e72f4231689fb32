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
import { MAX_NESTING_DEPTH, nestingProblem } from '../entity/nesting';
import { describePort } from '../entity/portVersions';
import { isJsonObject } from './leftovers';
import type { RepeatedItem } from './mapList';
import { ODPS_KEPT_FIELDS_KEY } from './OdpsDocument';
import type { UnknownOdpsField } from './odpsSchemaWalk';
import { checkOdpsDocument } from './unknownOdpsFields';
import {
  jsonPath,
  problemAt,
  validateOdpsDocument,
} from './validateOdpsDocument';

/** Where the import keeps an ODPS field in the entity: spec.customProperties.odps. */
const KEPT_DEPTH = 3;

/**
 * A value nested deeper than the catalog takes, once kept in
 * `spec.customProperties.odps`; said at its JSON path, before any
 * validator has to walk it.
 */
export function tooDeepForTheCatalog(
  document: unknown,
): DataProductProblem | undefined {
  const problem = nestingProblem(document, MAX_NESTING_DEPTH - KEPT_DEPTH);
  return (
    problem &&
    problemAt(
      problem.path,
      `nested deeper than the catalog takes (${MAX_NESTING_DEPTH} levels of lists and maps, spec.customProperties.${ODPS_KEPT_FIELDS_KEY} included); expected a flatter value`,
    )
  );
}

const keptWhere = `kept in spec.customProperties.${ODPS_KEPT_FIELDS_KEY} for the export`;

/** `$.x-owner: not a field of ODPS v1.1.0; kept in ...`, one per field. */
export function unknownFieldWarnings(
  fields: UnknownOdpsField[],
  version: string | undefined,
): DataProductProblem[] {
  return fields.map(({ path, suggestion }) =>
    problemAt(
      path,
      `not a field of ODPS ${version}${
        suggestion ? ` (did you mean "${suggestion}"?)` : ''
      }; ${keptWhere}`,
      'key',
    ),
  );
}

/**
 * ODPS v0.9.0 wrote the team as a list of members (the official customer
 * example did); v1.0.0 made it an object with `members`. Such a document is
 * read as v1.0.0 has it, and the import says so.
 */
export function teamAsV1(document: unknown): {
  document: unknown;
  warnings: DataProductProblem[];
} {
  if (
    !isJsonObject(document) ||
    document.apiVersion !== 'v0.9.0' ||
    !Array.isArray(document.team)
  ) {
    return { document, warnings: [] };
  }
  return {
    document: { ...document, team: { members: document.team } },
    warnings: [
      problemAt(
        ['team'],
        'a list of members, as ODPS v0.9.0 wrote the team; read as team.members, as ODPS v1.0.0 has it',
        'key',
      ),
    ],
  };
}

const identities: Record<string, string> = {
  inputPorts: 'name and version',
  outputPorts: 'name and major version',
  managementPorts: 'name',
};

/**
 * A port the kind holds already, by its identity there (an output port
 * `orders` v1.0.0 beside `orders` v1.2.0): ODPS allows it, the catalog
 * shows the first, and the import says so.
 */
export function repeatedPortWarnings(
  list: keyof typeof identities,
  ports: JsonValue | undefined,
  repeated: RepeatedItem[] | undefined,
): DataProductProblem[] {
  return (repeated ?? []).map(({ index, first }) => {
    const raw = (Array.isArray(ports) ? ports[index] : undefined) as JsonObject;
    const port = {
      name: String(raw.name),
      version: typeof raw.version === 'string' ? raw.version : undefined,
    };
    return problemAt(
      [list, index],
      `"${describePort(port)}" has the ${identities[list]} of ${jsonPath([
        list,
        first,
      ])}, and the catalog holds one port per ${
        identities[list]
      }; ${keptWhere}`,
    );
  });
}

/**
 * The document as the import reads it (a v0.9.0 team list as members),
 * what stops the import, and what it reads past: unknown fields are
 * warnings, or with `strict` errors, as the schema has them.
 */
export function readForImport(
  document: unknown,
  strict: boolean | undefined,
): {
  document: unknown;
  problems: DataProductProblem[];
  warnings: DataProductProblem[];
} {
  const read = teamAsV1(document);
  const tooDeep = tooDeepForTheCatalog(read.document);
  if (tooDeep) return { ...read, problems: [tooDeep] };
  if (strict) {
    return { ...read, problems: validateOdpsDocument(read.document) };
  }
  const check = checkOdpsDocument(read.document);
  return {
    document: read.document,
    problems: check.problems,
    warnings: [
      ...read.warnings,
      ...unknownFieldWarnings(check.unknownFields, check.version),
    ],
  };
}
