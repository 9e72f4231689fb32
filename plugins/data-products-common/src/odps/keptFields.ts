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
import { isJsonObject, ownValue, setOwn } from './leftovers';
import { occurrenceKey } from './mapList';

/**
 * The ODPS lists whose items the importer keeps leftovers of, and the field
 * that finds an item again. Their kept form is a map from that field's value
 * to the item's leftovers: `support: { Slack: { description: ... } }`; the
 * second item of the same value is `Slack#2`. Ports have their own keys,
 * with their versions (see keptPorts.ts).
 */
const keyFields = new Map<string, string>([
  ['members', 'username'],
  ['support', 'channel'],
  ['authoritativeDefinitions', 'url'],
  ['customProperties', 'property'],
]);

/**
 * Leftovers that still carry their key field are a whole item the kind
 * could not hold (a member whose username is an email address): the export
 * adds it back. Leftovers without it belong to an item the kind holds, and
 * go when that item goes.
 */
export function isWholeItem(leftovers: JsonValue, keyField: string): boolean {
  return isJsonObject(leftovers) && leftovers[keyField] !== undefined;
}

/**
 * Whether the export adds a whole kept item back: yes, unless it was kept
 * under its own key and the catalog now has an item of that key, which
 * takes its place. One kept under a numbered key repeats another, so it
 * is added back always.
 */
export function addsBack(
  key: string,
  ownKey: string,
  present: ReadonlySet<string>,
): boolean {
  return key !== ownKey || !present.has(key);
}

function fillItems(
  items: JsonValue[],
  kept: JsonObject,
  keyField: string,
): JsonValue[] {
  const present = new Set<string>();
  const occurrences = new Map<string, number>();
  const filled = items.map(item => {
    if (!isJsonObject(item)) return item;
    const key = String(item[keyField]);
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    present.add(key);
    const leftovers = ownValue(kept, occurrenceKey(key, occurrence));
    return isJsonObject(leftovers) && !isWholeItem(leftovers, keyField)
      ? fillFrom(item, leftovers)
      : item;
  });
  for (const [key, leftovers] of Object.entries(kept)) {
    if (
      isJsonObject(leftovers) &&
      isWholeItem(leftovers, keyField) &&
      addsBack(key, String(leftovers[keyField]), present)
    ) {
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
    const current = ownValue(result, key);
    const keyField = keyFields.get(key);
    if (value === undefined) continue;
    if (keyField && isJsonObject(value) && !isJsonObject(current)) {
      const items = fillItems(
        Array.isArray(current) ? current : [],
        value,
        keyField,
      );
      if (items.length > 0) setOwn(result, key, items);
    } else if (current === undefined) {
      setOwn(result, key, value);
    } else if (Array.isArray(current) && Array.isArray(value)) {
      setOwn(result, key, [...current, ...value]);
    } else if (isJsonObject(current) && isJsonObject(value)) {
      setOwn(result, key, fillFrom(current, value));
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
  const own = ownValue(kept, key);
  if (isJsonObject(own)) return { key, leftovers: own };
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
