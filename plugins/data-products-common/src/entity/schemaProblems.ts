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

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from './DataProduct.v1alpha1.schema.json';
import { suggestKey } from './suggestKey';
import {
  describeValue,
  DataProductProblem,
  instancePathOf,
  problemAt,
  schemaTypeNames,
} from './problems';

type SchemaNode = {
  type?: string;
  enum?: string[];
  properties?: Record<string, SchemaNode>;
  minimum?: number;
  maximum?: number;
  description?: string;
  'x-expected'?: string;
};

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

function toProblem(error: ErrorObject): DataProductProblem {
  const path = instancePathOf(error.instancePath);
  const parent = error.parentSchema as SchemaNode | undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(parent?.properties ?? {});
      const suggestion = suggestKey(key, known);
      return problemAt(
        [...path, key],
        suggestion
          ? `unknown field; did you mean "${suggestion}"?`
          : `unknown field; expected one of ${known.join(', ')}`,
        'key',
      );
    }
    case 'required': {
      const key = String(error.params.missingProperty);
      return problemAt(
        [...path, key],
        `missing; expected ${expectation(parent?.properties?.[key])}`,
      );
    }
    default:
      return problemAt(
        path,
        `found ${describeValue(error.data)}; expected ${expectation(parent)}`,
      );
  }
}

/** Problems the JSON Schema finds, at most one per field. */
export function schemaProblems(entity: unknown): DataProductProblem[] {
  const validate = schemaValidator();
  if (validate(entity)) return [];
  const byField = new Map<string, DataProductProblem>();
  for (const error of validate.errors ?? []) {
    const problem = toProblem(error);
    // A value can break several keywords (pattern and minLength): say it once.
    if (!byField.has(problem.field)) byField.set(problem.field, problem);
  }
  return [...byField.values()];
}

/** The kind's JSON Schema (draft-07), for editors and other tools. @public */
export const dataProductEntityV1alpha1Schema = schema;
