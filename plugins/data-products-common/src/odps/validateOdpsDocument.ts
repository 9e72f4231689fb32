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

import type { ErrorObject } from 'ajv';
import Ajv2019, { type ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import {
  ajvProblems,
  type AjvProblemWording,
  type SchemaNode,
} from '../entity/ajvProblems';
import {
  describeValue,
  DataProductProblem,
  escapeControlCharacters,
  formatFieldPath,
  schemaTypeNames,
} from '../entity/problems';
import odpsSchemaV100 from './schemas/odps-json-schema-v1.0.0.json';
import odpsSchemaV110 from './schemas/odps-json-schema-v1.1.0.json';

/** Which schema checks which `apiVersion`: v0.9.0 is within v1.0.0's. */
const schemaOf: Record<string, { version: string; schema: object }> = {
  'v1.1.0': { version: 'v1.1.0', schema: odpsSchemaV110 },
  'v1.0.0': { version: 'v1.0.0', schema: odpsSchemaV100 },
  'v0.9.0': { version: 'v1.0.0', schema: odpsSchemaV100 },
};

// Compiled on first use: the browser bundle imports this package too.
const compiled = new Map<string, ValidateFunction>();
let ajv: Ajv2019 | undefined;

function validatorFor(version: string, schema: object): ValidateFunction {
  let validate = compiled.get(version);
  if (!validate) {
    ajv ??= addFormats(new Ajv2019({ allErrors: true, verbose: true }));
    validate = ajv.compile(schema);
    compiled.set(version, validate);
  }
  return validate;
}

const formatNames: Record<string, string> = {
  uri: 'an absolute URL such as https://example.com/x or mailto:team@example.com',
  'date-time': 'a date and time such as 2026-01-31T08:00:00Z',
  date: 'a date such as 2026-01-31',
};

/**
 * `['outputPorts', 0, 'type']` → `$.outputPorts[0].type`, a JSON path, safe
 * to print: a document's own keys may hold control characters.
 */
export function jsonPath(path: ReadonlyArray<string | number>): string {
  return escapeControlCharacters(
    path.length === 0
      ? '$'
      : `$${typeof path[0] === 'number' ? '' : '.'}${formatFieldPath(path)}`,
  );
}

/** A problem (or warning) of an ODPS document, at its JSON path. */
export function problemAt(
  path: Array<string | number>,
  text: string,
  target: 'key' | 'value' = 'value',
): DataProductProblem {
  const field = jsonPath(path);
  return {
    path,
    field,
    message: `${field}: ${escapeControlCharacters(text)}`,
    target,
  };
}

function expectation(node: SchemaNode | undefined): string {
  if (node?.enum) return `one of ${node.enum.join(', ')}`;
  if (node?.format && formatNames[node.format]) return formatNames[node.format];
  return schemaTypeNames[node?.type ?? ''] ?? 'a value';
}

/** ODPS fields are named by JSON path (`$.outputPorts[0].name`), and its version said. */
function wordingOf(version: string): AjvProblemWording {
  return {
    problemAt,
    expectation,
    unknownField: hint => `not a field of ODPS ${version}; ${hint}`,
    missingField: expected =>
      `missing; ODPS ${version} requires ${expected} here`,
  };
}

/** The official schema of an ODPS version, compiled. */
export interface OdpsSchema {
  /** The version whose schema checks the document (v1.0.0 for v0.9.0). */
  version: string;
  schema: object;
  validate: ValidateFunction;
}

/**
 * The schema that checks `document`, by the ODPS version it declares; or
 * why there is none (not a map, no version Meshwork reads).
 */
export function odpsSchemaOf(
  document: unknown,
): OdpsSchema | { problems: DataProductProblem[] } {
  if (
    typeof document !== 'object' ||
    document === null ||
    Array.isArray(document)
  ) {
    return {
      problems: [
        problemAt(
          [],
          `found ${describeValue(
            document,
          )}; expected an ODPS document, a map of fields`,
        ),
      ],
    };
  }
  const apiVersion = (document as { apiVersion?: unknown }).apiVersion;
  const chosen =
    typeof apiVersion === 'string' &&
    Object.prototype.hasOwnProperty.call(schemaOf, apiVersion)
      ? schemaOf[apiVersion]
      : undefined;
  if (!chosen) {
    return {
      problems: [
        problemAt(
          ['apiVersion'],
          apiVersion === undefined
            ? 'missing; expected the ODPS version, v1.1.0 or v1.0.0'
            : `found ${describeValue(
                apiVersion,
              )}; expected an ODPS version Meshwork reads: v1.1.0, v1.0.0 or v0.9.0`,
        ),
      ],
    };
  }
  const validate = validatorFor(chosen.version, chosen.schema);
  return { ...chosen, validate };
}

/** ajv's errors as problems naming JSON paths, at most one per field. */
export function odpsProblems(
  errors: ErrorObject[] | null | undefined,
  version: string,
): DataProductProblem[] {
  return ajvProblems(errors, wordingOf(version));
}

/**
 * Every way `document` breaks the official Bitol JSON Schema of the ODPS
 * version it declares (v1.1.0, or v1.0.0 for v1.0.0 and v0.9.0), at most one
 * per field, each naming its JSON path (`$.outputPorts[0].name`). A field
 * the schema does not know is one of them. An empty list means the
 * document is valid ODPS.
 * @public
 */
export function validateOdpsDocument(document: unknown): DataProductProblem[] {
  const chosen = odpsSchemaOf(document);
  if ('problems' in chosen) return chosen.problems;
  if (chosen.validate(document)) return [];
  return odpsProblems(chosen.validate.errors, chosen.version);
}
