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
import { isJsonObject, Leftovers, setOwn } from './leftovers';

/**
 * An item of an ODPS list that the kind holds already under the same
 * identity (a second `orders` v1 output port): kept whole instead.
 */
export interface RepeatedItem {
  /** Its index in the ODPS list. */
  index: number;
  /** The index of the item the kind holds. */
  first: number;
}

/** The items the kind holds, and what is kept of the list, by ODPS key. */
export type MappedList<T> = {
  items?: T[];
  kept?: JsonObject;
  repeated?: RepeatedItem[];
};

/** How the items of a list are found again. */
export interface ListKeys<T> {
  /** The ODPS field that names an item; taken from the leftovers of held items. */
  keyField: string;
  /** The item's key in the kept map, when more than `keyField` names it. */
  keyOf?: (raw: JsonObject) => string;
  /** What makes an item distinct in the kind; a repeat is kept whole. */
  identityOf?: (item: T) => string;
  /**
   * Whether the kind spells the item's key otherwise (`Processed Data` →
   * `processed-data`): then its key is kept even with nothing else, so
   * the export spells it as before.
   */
  respelled?: (item: T, raw: JsonObject) => boolean;
}

/**
 * The key of the n-th item with the same key: `Slack`, `Slack#2`. The
 * export counts the same way over the items it writes, so each finds its
 * own leftovers even when two items share a key.
 */
export function occurrenceKey(key: string, occurrence: number): string {
  return occurrence === 1 ? key : `${key}#${occurrence}`;
}

/** The first of `key`, `key#2`, `key#3` ... that is not taken. */
export function freeKey(
  key: string,
  isTaken: (candidate: string) => boolean,
): string {
  let occurrence = 1;
  while (isTaken(occurrenceKey(key, occurrence))) occurrence++;
  return occurrenceKey(key, occurrence);
}

/**
 * Maps each item of an ODPS list with `map`. An item `map` can't hold (it
 * returns `undefined`), or that repeats an item the kind holds, is kept
 * whole; what `map` leaves of the others is kept under their key.
 */
export function mapList<T>(
  value: JsonValue | undefined,
  keys: ListKeys<T>,
  map: (item: Leftovers, raw: JsonObject) => T | undefined,
): MappedList<T> {
  if (!Array.isArray(value)) return {};
  const { keyField, identityOf } = keys;
  const keyOf = keys.keyOf ?? (raw => String(raw[keyField]));
  const items: T[] = [];
  const held: Array<[string, JsonObject | undefined]> = [];
  const whole: Array<[string, JsonObject]> = [];
  const repeated: RepeatedItem[] = [];
  const firstIndex = new Map<string, number>();
  const occurrences = new Map<string, number>();
  value.forEach((raw, index) => {
    if (!isJsonObject(raw)) return;
    const item = new Leftovers(raw);
    const mapped = map(item, raw);
    const identity =
      mapped !== undefined && identityOf ? identityOf(mapped) : undefined;
    const first = identity === undefined ? undefined : firstIndex.get(identity);
    if (mapped === undefined || first !== undefined) {
      if (first !== undefined) repeated.push({ index, first });
      whole.push([keyOf(raw), raw]);
      return;
    }
    if (identity !== undefined) firstIndex.set(identity, index);
    items.push(mapped);
    item.take(keyField);
    const key = keyOf(raw);
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    const rest =
      item.rest() ?? (keys.respelled?.(mapped, raw) ? {} : undefined);
    held.push([occurrenceKey(key, occurrence), rest]);
  });
  const kept: JsonObject = {};
  // Held items' keys are taken even without leftovers, so the export's
  // count finds them; a whole item takes the first key left free.
  const taken = new Set(held.map(([key]) => key));
  for (const [key, rest] of held) if (rest) setOwn(kept, key, rest);
  for (const [key, raw] of whole) {
    const free = freeKey(key, candidate => taken.has(candidate));
    taken.add(free);
    setOwn(kept, free, raw);
  }
  return {
    items,
    kept: Object.keys(kept).length > 0 ? kept : undefined,
    repeated: repeated.length > 0 ? repeated : undefined,
  };
}
