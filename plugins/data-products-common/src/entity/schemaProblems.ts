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

import Ajv, { type ValidateFunction } from 'ajv';
import schema from './DataProduct.v1alpha1.schema.json';
import {
  ajvProblems,
  type AjvProblemWording,
  type SchemaNode,
} from './ajvProblems';
import { DataProductProblem, problemAt, schemaTypeNames } from './problems';

let validateSchema: ValidateFunction | undefined;

/**
 * Compiled on first use, not when the module loads: the portal's frontend
 * loads this package at start-up, and most pages never validate a document.
 */
function schemaValidator(): ValidateFunction {
  // strict: false because the schema carries our own `x-expected` keyword,
  // the text that tells a domain owner what a field must look like.
  validateSchema ??= new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
  }).compile(schema);
  return validateSchema;
}

function expectation(node: SchemaNode | undefined): string {
  if (!node) return 'a value';
  if (node['x-expected']) return node['x-expected'];
  if (node.enum) return `one of ${node.enum.join(', ')}`;
  if (node.type === 'number' && node.minimum !== undefined) {
    return `a number from ${node.minimum} to ${node.maximum}`;
  }
  const described = node.description ? ` (${node.description})` : '';
  return `${schemaTypeNames[node.type ?? ''] ?? 'a value'}${described}`;
}

/** The kind's fields are named as written: `spec.outputPorts[0].name`. */
const wording: AjvProblemWording = {
  problemAt,
  expectation,
  unknownField: hint => `unknown field; ${hint}`,
  missingField: expected => `missing; expected ${expected}`,
};

/** Problems the JSON Schema finds, at most one per field. */
export function schemaProblems(entity: unknown): DataProductProblem[] {
  const validate = schemaValidator();
  if (validate(entity)) return [];
  return ajvProblems(validate.errors, wording);
}

/** The kind's JSON Schema (draft-07), for editors and other tools. @public */
export const dataProductEntityV1alpha1Schema = schema;
