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
import type { Leftovers } from './leftovers';
import { isJsonObject } from './leftovers';
import { ODPS_PROPERTY_PREFIX, OdpsCustomProperty } from './OdpsDocument';

/**
 * Fields of the kind that ODPS has no field for, as `meshwork.`-prefixed
 * custom properties: `{ containsPii: false }` →
 * `[{ property: 'meshwork.containsPii', value: false }]`. Undefined fields
 * are left out; `undefined` when none is left.
 */
export function toMeshworkProperties(
  fields: Record<string, JsonValue | undefined>,
): OdpsCustomProperty[] | undefined {
  const properties = Object.entries(fields)
    .filter((entry): entry is [string, JsonValue] => entry[1] !== undefined)
    .map(([name, value]) => ({
      property: `${ODPS_PROPERTY_PREFIX}${name}`,
      value,
    }));
  return properties.length > 0 ? properties : undefined;
}

const propertyFields = new Set(['property', 'value', 'description', 'id']);

/** The kind's field that an ODPS custom property carries, if one of `names`. */
export function meshworkFieldOf(
  entry: JsonValue,
  names: readonly string[],
): string | undefined {
  if (
    !isJsonObject(entry) ||
    typeof entry.property !== 'string' ||
    // one with a field ODPS does not know stays a custom property, kept whole
    !Object.keys(entry).every(key => propertyFields.has(key))
  ) {
    return undefined;
  }
  const name = entry.property.startsWith(ODPS_PROPERTY_PREFIX)
    ? entry.property.slice(ODPS_PROPERTY_PREFIX.length)
    : undefined;
  return name !== undefined && names.includes(name) && entry.value !== undefined
    ? name
    : undefined;
}

/**
 * Takes the `meshwork.` custom properties named in `names` out of an ODPS
 * object's `customProperties`; the others stay there, in ODPS form.
 */
export function takeMeshworkProperties(
  item: Leftovers,
  names: readonly string[],
): JsonObject {
  const list = item.peek('customProperties');
  if (!Array.isArray(list)) return {};
  const fields: JsonObject = {};
  const others: JsonValue[] = [];
  for (const entry of list) {
    const name = meshworkFieldOf(entry, names);
    if (name !== undefined) fields[name] = (entry as JsonObject).value;
    else others.push(entry);
  }
  item.keep('customProperties', others);
  return fields;
}

/** A map of texts (labels, annotations, link icons); other entries are dropped. */
export function textMap(
  value: JsonValue | undefined,
): Record<string, string> | undefined {
  if (!isJsonObject(value)) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
