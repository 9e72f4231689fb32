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

import {
  DataProductProblem,
  describeValue,
  instancePathOf,
  problemAt,
} from './problems';

type Path = Array<string | number>;

/**
 * The catalog's field names in `FieldFormatEntityPolicy` (`tags.0`,
 * `annotations.backstage.io/x`, `links.1.url`) as paths from the root.
 */
function fieldFormatPath(field: string): Path {
  const [head, ...rest] = field.split('.');
  switch (head) {
    case 'labels':
    case 'annotations':
      return ['metadata', head, rest.join('.')];
    case 'tags':
    case 'links':
      return [
        'metadata',
        head,
        ...rest.map(s => (/^\d+$/.test(s) ? Number(s) : s)),
      ];
    default:
      return field.split('.');
  }
}

/** The catalog's wording of what it expects, as a domain owner reads it. */
const plainExpectations: Record<string, string> = {
  'a string that is sequences of [a-z0-9+#] separated by [-], at most 63 characters in total':
    "a tag of lower-case letters, digits, '+' or '#', with '-' between them, at most 63 characters (such as sales or real-time)",
  'a valid prefix and/or suffix':
    "a key such as example.com/some-key: letters, digits and '-', '_' or '.' between them, with an optional DNS prefix and '/'",
  'a string that is a valid url': 'a URL such as https://example.com',
  'a non empty string': 'text that is not empty',
};

const ajvExpectations: Record<string, string> = {
  'must be array': 'a list',
  'must be string': 'text',
  'must be object': 'a map of fields',
  'must be number': 'a number',
  'must NOT have fewer than 1 characters': 'text that is not empty',
};

function valueAt(document: unknown, path: Path): unknown {
  let value = document;
  for (const segment of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function found(document: unknown, path: Path): string {
  return `found ${describeValue(valueAt(document, path))}`;
}

function fromFieldFormat(message: string, document: unknown) {
  const match = message.match(
    /^"([^"]+)" is not valid;(?: expected (.*?) but found "[\s\S]*"\.)? To learn more/,
  );
  if (!match) return undefined;
  const [, field, expectation] = match;
  const path = fieldFormatPath(field);
  const isKey =
    expectation === 'a valid prefix and/or suffix' &&
    (path[1] === 'labels' || path[1] === 'annotations');
  const expected = plainExpectations[expectation] ?? expectation;
  if (isKey) {
    return problemAt(
      path,
      `found the key ${JSON.stringify(path[2])}; expected ${expected}`,
      'key',
    );
  }
  return problemAt(
    path,
    `${found(document, path)}; expected ${expected ?? 'a valid value'}`,
  );
}

/** An ajv message of the catalog's schemas: `/metadata/tags must be array`. */
function fromSchema(message: string, document: unknown) {
  const match = message.match(
    /^(?:Malformed envelope, )?(<root>|\/\S*) (.+?)(?: - ([\s\S]*))?$/,
  );
  if (!match) return undefined;
  const [, at, text, params = ''] = match;
  const path = at === '<root>' ? [] : instancePathOf(at);
  const missing =
    params.match(/missingProperty: (.+)$/)?.[1] ??
    text.match(/^must have required property '(.+)'$/)?.[1];
  if (missing)
    return problemAt([...path, missing], 'missing; expected a value');
  const expected = ajvExpectations[text] ?? text.replace(/^must (be )?/, '');
  return problemAt(path, `${found(document, path)}; expected ${expected}`);
}

/**
 * One of the catalog's validation errors as a problem at its field, with
 * what was found and what is expected. The catalog words them for its log
 * (`"tags.0" is not valid; expected ...`, `Malformed envelope, /metadata/tags
 * must be array`); a domain owner reads `metadata.tags[0]: found "Sales";
 * expected a tag of lower-case letters...`.
 */
export function catalogErrorProblem(
  error: Error,
  document: unknown,
): DataProductProblem {
  const { message } = error;
  const fieldWithoutValue = message.match(
    /^(\S+) (?:must have a value|could not be validated, [\s\S]*)$/,
  );
  if (fieldWithoutValue) {
    const path = fieldFormatPath(fieldWithoutValue[1]);
    return problemAt(path, `${found(document, path)}; expected a value`);
  }
  const unknown = message.match(/^Unknown field ([\s\S]+)$/);
  if (unknown) {
    return problemAt(
      [unknown[1]],
      'unknown field; expected only apiVersion, kind, metadata and spec at the top of an entity',
      'key',
    );
  }
  if (message === 'metadata.annotations must be a valid object') {
    const path = ['metadata', 'annotations'];
    return problemAt(
      path,
      `${found(document, path)}; expected a map of fields`,
    );
  }
  return (
    fromFieldFormat(message, document) ??
    fromSchema(message, document) ??
    problemAt([], `refused by the catalog: ${message}`)
  );
}
