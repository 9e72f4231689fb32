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
import { isJsonObject, Leftovers } from './leftovers';

/** The items the kind holds, and what is kept of the list, by ODPS key. */
export type MappedList<T> = { items?: T[]; kept?: JsonObject };

/**
 * Maps each item of an ODPS list with `map`, keyed by `keyField`. An item
 * `map` can't hold (it returns `undefined`) is kept whole; what `map` leaves
 * of the others is kept under their key.
 */
export function mapList<T>(
  value: JsonValue | undefined,
  keyField: string,
  map: (item: Leftovers, raw: JsonObject) => T | undefined,
): MappedList<T> {
  if (!Array.isArray(value)) return {};
  const items: T[] = [];
  const kept: JsonObject = {};
  for (const raw of value) {
    if (!isJsonObject(raw)) continue;
    const key = String(raw[keyField]);
    const item = new Leftovers(raw);
    const mapped = map(item, raw);
    if (mapped === undefined) {
      kept[key] = raw;
      continue;
    }
    items.push(mapped);
    item.take(keyField);
    const rest = item.rest();
    if (rest) kept[key] = rest;
  }
  return { items, kept: Object.keys(kept).length > 0 ? kept : undefined };
}
