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
  problemAt,
  schemaTypeNames,
  type DataProductProblem,
} from '../entity/problems';
import odcsSchemaV310 from './schemas/odcs-json-schema-v3.1.0.json';

/** The ODCS version whose official JSON Schema Meshwork holds. */
const SCHEMA_VERSION = 'v3.1.0';

let validator: ValidateFunction | undefined;

/**
 * Compiled on first use: the browser bundle imports this package too. No
 * inlined refs: the schema's many `$defs` compile in half the time, which a
 * CLI run pays every time.
 */
function odcsValidator(): ValidateFunction {
  validator ??= addFormats(
    new Ajv2019({ allErrors: true, verbose: true, inlineRefs: false }),
  ).compile(odcsSchemaV310);
  return validator;
}

const formatNames: Record<string, string> = {
  uri: 'an absolute URL such as https://example.com/x',
  'date-time': 'a date and time such as 2026-01-31T08:00:00Z',
  date: 'a date such as 2026-01-31',
};

function expectation(node: SchemaNode | undefined): string {
  if (node?.enum) return `one of ${node.enum.join(', ')}`;
  if (node?.format && formatNames[node.format]) return formatNames[node.format];
  return schemaTypeNames[node?.type ?? ''] ?? 'a value';
}

/** Fields are named as the contract reader names them: `schema[0].properties[2].required`. */
const wording: AjvProblemWording = {
  problemAt,
  expectation,
  unknownField: hint => `not a field of ODCS ${SCHEMA_VERSION}; ${hint}`,
  missingField: expected =>
    `missing; ODCS ${SCHEMA_VERSION} requires ${expected} here`,
};

type Node = SchemaNode & {
  $ref?: string;
  allOf?: Node[];
  then?: Node;
  else?: Node;
};

/** The fields a schema node allows, through its `$ref`s, `allOf` and if/then branches. */
function knownFields(node: Node | undefined, seen = new Set<Node>()): string[] {
  if (!node || seen.has(node)) return [];
  seen.add(node);
  const defs = (odcsSchemaV310 as { $defs: Record<string, Node> }).$defs;
  const referenced = node.$ref?.startsWith('#/$defs/')
    ? defs[node.$ref.slice('#/$defs/'.length)]
    : undefined;
  const names = [
    ...Object.keys(node.properties ?? {}),
    ...[referenced, ...(node.allOf ?? []), node.then, node.else].flatMap(n =>
      knownFields(n, seen),
    ),
  ];
  return [...new Set(names)];
}

/**
 * ajv's errors as the shared wording reads them. ODCS closes its objects
 * with `unevaluatedProperties`, whose fields sit behind `$ref`s: told as an
 * unknown field, as `additionalProperties` is. A failed `if` is already
 * told by the `then` errors beside it.
 */
function odcsErrors(errors: ErrorObject[]): ErrorObject[] {
  return errors
    .filter(error => error.keyword !== 'if')
    .map(error =>
      error.keyword === 'unevaluatedProperties'
        ? {
            ...error,
            keyword: 'additionalProperties',
            params: { additionalProperty: error.params.unevaluatedProperty },
            parentSchema: {
              properties: Object.fromEntries(
                knownFields(error.parentSchema as Node).map(k => [k, {}]),
              ),
            },
          }
        : error,
    );
}

/**
 * Every way an ODCS document (already parsed from YAML or JSON) breaks the
 * official Bitol JSON Schema of ODCS v3.1.0, at most one per field, each
 * starting with its path (`schema[0].properties[2].required`). An empty list
 * means the contract is valid. `undefined` when the document declares
 * another `apiVersion`: Meshwork holds no schema of it, and
 * `parseOdcsContract` reads such contracts leniently.
 * @public
 */
export function validateOdcsDocument(
  document: unknown,
): DataProductProblem[] | undefined {
  const apiVersion = (document as { apiVersion?: unknown } | null)?.apiVersion;
  if (apiVersion !== SCHEMA_VERSION) return undefined;
  const validate = odcsValidator();
  try {
    if (validate(document)) return [];
  } catch (error) {
    // ajv recurses: a value nested thousands deep overflows the stack
    return [
      problemAt(
        [],
        `could not be checked: ${
          (error as Error).message
        }; expected a contract nested less deeply`,
      ),
    ];
  }
  return ajvProblems(odcsErrors(validate.errors ?? []), wording);
}
