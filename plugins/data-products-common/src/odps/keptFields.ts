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
import { isJsonObject } from './leftovers';

/**
 * The ODPS lists whose items the importer keeps leftovers of, and the field
 * that finds an item again. Their kept form is a map from that field's value
 * to the item's leftovers: `outputPorts: { orders: { sbom: [...] } }`.
 */
export const keyFields: Record<string, string> = {
  inputPorts: 'name',
  outputPorts: 'name',
  managementPorts: 'name',
  members: 'username',
  support: 'channel',
  authoritativeDefinitions: 'url',
  customProperties: 'property',
};

/**
 * Leftovers that still carry their key field are a whole item the kind
 * could not hold (a member whose username is an email address): the export
 * adds it back. Leftovers without it belong to an item the kind holds, and
 * go when that item goes.
 */
function isWholeItem(leftovers: JsonValue, keyField: string): boolean {
  return isJsonObject(leftovers) && leftovers[keyField] !== undefined;
}

function fillItems(
  items: JsonValue[],
  kept: JsonObject,
  keyField: string,
): JsonValue[] {
  const present = new Set<string>();
  const filled = items.map(item => {
    if (!isJsonObject(item)) return item;
    const key = String(item[keyField]);
    present.add(key);
    const leftovers = kept[key];
    return isJsonObject(leftovers) && !isWholeItem(leftovers, keyField)
      ? fillFrom(item, leftovers)
      : item;
  });
  for (const [key, leftovers] of Object.entries(kept)) {
    if (!present.has(key) && leftovers && isWholeItem(leftovers, keyField)) {
      filled.push(leftovers);
    }
  }
  return filled;
}

/**
 * Puts the kept ODPS fields back into an exported document. What the
 * export wrote wins (it comes from the catalog, which may have changed
 * since the import); plain lists are appended to; items of keyed lists
 * get their own leftovers.
 */
export function fillFrom(
  target: JsonObject,
  kept: JsonValue | undefined,
): JsonObject {
  if (!isJsonObject(kept)) return target;
  const result = { ...target };
  for (const [key, value] of Object.entries(kept)) {
    const current = result[key];
    const keyField = keyFields[key];
    if (value === undefined) continue;
    if (keyField && isJsonObject(value) && !isJsonObject(current)) {
      const items = fillItems(
        Array.isArray(current) ? current : [],
        value,
        keyField,
      );
      if (items.length > 0) result[key] = items;
    } else if (current === undefined) {
      result[key] = value;
    } else if (Array.isArray(current) && Array.isArray(value)) {
      result[key] = [...current, ...value];
    } else if (isJsonObject(current) && isJsonObject(value)) {
      result[key] = fillFrom(current, value);
    }
  }
  return result;
}

/**
 * The kept item that an item of the kind came from: the one whose key
 * (as ODPS spelled it) converts to the kind's key. Gives the original key,
 * so the export spells it as before, and the item's leftovers.
 */
export function keptItemFor(
  kept: JsonValue | undefined,
  key: string,
  keyFromOdps: (value: string) => string | undefined = value => value,
): { key: string; leftovers?: JsonObject } {
  if (!isJsonObject(kept)) return { key };
  if (isJsonObject(kept[key])) return { key, leftovers: kept[key] };
  const original = Object.keys(kept).find(k => keyFromOdps(k) === key);
  const leftovers = original === undefined ? undefined : kept[original];
  return original !== undefined && isJsonObject(leftovers)
    ? { key: original, leftovers }
    : { key };
}

/**
 * The ODPS text of one of the kind's values: as the imported document
 * spelled it (`tables`) while that still reads as the value (`table`),
 * else in ODPS's own spelling.
 */
export function spelled<T>(
  value: T,
  original: JsonValue | undefined,
  fromOdps: (value: JsonValue) => T | undefined,
  toOdps: (value: T) => string = String,
): string {
  return typeof original === 'string' && fromOdps(original) === value
    ? original
    : toOdps(value);
}
