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
import type { DataProductProblem } from './problems';
import { describeValue, instancePathOf } from './problems';
import { suggestKey } from './suggestKey';

/** The parts of a JSON Schema node that the messages read. */
export type SchemaNode = {
  type?: string;
  enum?: string[];
  format?: string;
  properties?: Record<string, SchemaNode>;
  minimum?: number;
  maximum?: number;
  description?: string;
  'x-expected'?: string;
};

/**
 * What differs between the schemas we translate (the kind's, ODPS's): how a
 * field is named and how a node's expectation and two messages are worded.
 * The rest, what each ajv error says and one problem per field, is shared.
 */
export interface AjvProblemWording {
  problemAt(
    path: Array<string | number>,
    text: string,
    target?: 'key' | 'value',
  ): DataProductProblem;
  /** What a schema node expects, e.g. `one of a, b` or `text`. */
  expectation(node: SchemaNode | undefined): string;
  /** A field the schema does not know; `hint` is a suggestion or the known fields. */
  unknownField(hint: string): string;
  /** A required field left out; `expected` is its expectation. */
  missingField(expected: string): string;
}

function toProblem(
  error: ErrorObject,
  wording: AjvProblemWording,
): DataProductProblem {
  const path = instancePathOf(error.instancePath);
  const parent = error.parentSchema as SchemaNode | undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(parent?.properties ?? {});
      const suggestion = suggestKey(key, known);
      return wording.problemAt(
        [...path, key],
        wording.unknownField(
          suggestion
            ? `did you mean "${suggestion}"?`
            : `expected one of ${known.join(', ')}`,
        ),
        'key',
      );
    }
    case 'required': {
      const key = String(error.params.missingProperty);
      return wording.problemAt(
        [...path, key],
        wording.missingField(wording.expectation(parent?.properties?.[key])),
      );
    }
    default:
      return wording.problemAt(
        path,
        `found ${describeValue(error.data)}; expected ${wording.expectation(
          parent,
        )}`,
      );
  }
}

/**
 * The errors of an ajv validator compiled with `allErrors` and `verbose`
 * (the messages quote the value found), as problems a domain owner can act
 * on, at most one per field: a value can break several keywords (pattern and
 * minLength), and saying it once is enough.
 */
export function ajvProblems(
  errors: ErrorObject[] | null | undefined,
  wording: AjvProblemWording,
): DataProductProblem[] {
  const byField = new Map<string, DataProductProblem>();
  for (const error of errors ?? []) {
    const problem = toProblem(error, wording);
    if (!byField.has(problem.field)) byField.set(problem.field, problem);
  }
  return [...byField.values()];
}
