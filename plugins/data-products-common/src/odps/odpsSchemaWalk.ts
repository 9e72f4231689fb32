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

import type { JsonValue } from '@backstage/types';
import type { SchemaNode } from '../entity/ajvProblems';
import { suggestKey } from '../entity/suggestKey';
import { hasOwn, isJsonObject } from './leftovers';

// The official ODPS schemas are plain: objects with `properties` (closed by
// `additionalProperties: false`), lists with `items`, and `$ref`s into
// `$defs`. Walking them directly is linear in the document, where ajv,
// reporting one error per unknown field, is quadratic in a list of 10,000
// ports that each carry a vendor field.

type Path = Array<string | number>;

/** A node of an ODPS JSON Schema. */
export type OdpsSchemaNode = SchemaNode & {
  $ref?: string;
  items?: OdpsSchemaNode;
  properties?: Record<string, OdpsSchemaNode>;
  additionalProperties?: boolean;
  $defs?: Record<string, OdpsSchemaNode>;
};

function resolved(root: OdpsSchemaNode, node: OdpsSchemaNode | undefined) {
  const name = node?.$ref?.startsWith('#/$defs/')
    ? node.$ref.slice('#/$defs/'.length)
    : undefined;
  return name !== undefined && root.$defs && hasOwn(root.$defs, name)
    ? root.$defs[name]
    : node;
}

function propertyOf(node: OdpsSchemaNode | undefined, key: string) {
  return node?.properties && hasOwn(node.properties, key)
    ? node.properties[key]
    : undefined;
}

/** The schema node of the value at `path`. */
export function schemaAt(
  root: OdpsSchemaNode,
  path: Path,
): OdpsSchemaNode | undefined {
  let node = resolved(root, root);
  for (const segment of path) {
    const next =
      typeof segment === 'number' ? node?.items : propertyOf(node, segment);
    node = resolved(root, next);
  }
  return node;
}

/** A field that the schema of the document's ODPS version does not know. */
export interface UnknownOdpsField {
  /** Where it is: the path of the object that has it, then its key. */
  path: Path;
  /** The field of the schema it may be a misspelling of. */
  suggestion?: string;
}

/**
 * The fields of `document` that its schema does not know, in document
 * order; the values under them are not walked. What the schema's other
 * rules say (a list where a map should be) is ajv's to tell.
 */
export function unknownFieldsIn(
  document: JsonValue,
  root: OdpsSchemaNode,
): UnknownOdpsField[] {
  const found: UnknownOdpsField[] = [];
  const suggestions = new Map<
    OdpsSchemaNode,
    Map<string, string | undefined>
  >();
  const suggestionFor = (node: OdpsSchemaNode, key: string) => {
    const known = suggestions.get(node) ?? new Map();
    suggestions.set(node, known);
    if (!known.has(key)) {
      known.set(key, suggestKey(key, Object.keys(node.properties ?? {})));
    }
    return known.get(key);
  };
  const visit = (
    value: JsonValue | undefined,
    at: OdpsSchemaNode | undefined,
    path: Path,
  ) => {
    const node = resolved(root, at);
    if (Array.isArray(value)) {
      if (node?.items)
        value.forEach((item, i) => visit(item, node.items, [...path, i]));
      return;
    }
    if (!node?.properties || !isJsonObject(value)) return;
    for (const key of Object.keys(value)) {
      const child = propertyOf(node, key);
      if (child) {
        visit(value[key], child, [...path, key]);
      } else if (node.additionalProperties === false) {
        found.push({
          path: [...path, key],
          suggestion: suggestionFor(node, key),
        });
      }
    }
  };
  visit(document, root, []);
  return found;
}
