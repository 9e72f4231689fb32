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

/**
 * One thing wrong with a `DataProduct` document, told so that its domain
 * owner can fix it without reading the schema.
 * @public
 */
export interface DataProductProblem {
  /** Where the field is, as keys and list indexes, to locate it in a file. */
  path: Array<string | number>;
  /** The field as a domain owner writes it: `spec.outputPorts[1].sla.freshness`. */
  field: string;
  /** The whole message, starting with the field, then what was found and what is expected. */
  message: string;
  /** Whether the key itself is wrong (an unknown field) or its value (wrong or missing). */
  target: 'key' | 'value';
}

/**
 * Characters a message must not carry raw: C0 and C1 controls (a terminal
 * runs escape sequences), line and paragraph separators, and the bidi
 * overrides that make text read differently from what it is.
 */
const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching them is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a document made safe to print: each control character becomes
 * its `\uXXXX` escape, so a key or value can't forge lines or colours in a
 * terminal, a log or a CI annotation.
 * @public
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(
    UNSAFE_CHARACTERS,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `['spec', 'outputPorts', 1, 'name']` → `spec.outputPorts[1].name` @public */
export function formatFieldPath(path: ReadonlyArray<string | number>): string {
  let field = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      field += `[${segment}]`;
    } else {
      field += field ? `.${segment}` : segment;
    }
  }
  return field || '(document)';
}

/** Builds a problem whose message starts with its field. */
export function problemAt(
  path: ReadonlyArray<string | number>,
  text: string,
  target: 'key' | 'value' = 'value',
): DataProductProblem {
  const field = escapeControlCharacters(formatFieldPath(path));
  return {
    path: [...path],
    field,
    message: escapeControlCharacters(`${field}: ${text}`),
    target,
  };
}

/** How a found value reads in a message: strings quoted, others by type. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'an empty string' : JSON.stringify(value);
    case 'object':
      return 'a map of fields';
    default:
      return String(value);
  }
}

/** How a domain owner calls a JSON Schema type. */
export const schemaTypeNames: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  array: 'a list',
  object: 'a map of fields',
};

/** An ajv `instancePath` (`/outputPorts/0/type`) as a path of keys and indexes. */
export function instancePathOf(instancePath: string): Array<string | number> {
  return instancePath
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(s => (/^\d+$/.test(s) ? Number(s) : s));
}
