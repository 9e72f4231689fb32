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

import { JsonPath, RUN_READ_LIMITS, RunReadContext, clip } from './readContext';

/** A JSON object (not null, not a list). */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A record's own field; never one inherited from Object (`constructor`, `__proto__`). */
export function own(record: unknown, key: string): unknown {
  return isRecord(record) && Object.prototype.hasOwnProperty.call(record, key)
    ? record[key]
    : undefined;
}

/**
 * A table's entry for `key`, never one inherited from Object: a status of
 * `constructor` or `__proto__` in a hostile file finds nothing.
 */
export function lookup<T>(
  table: Record<string, T>,
  key: string,
): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key)
    ? table[key]
    : undefined;
}

/** Options of the field readers: whether a missing field is a problem. */
export type FieldOptions = { required?: boolean };

/**
 * A text field, cut to the text limit. A field of another type is a problem;
 * a missing or null one is a problem only when required.
 */
export function textField(
  ctx: RunReadContext,
  record: unknown,
  key: string,
  path: JsonPath,
  options: FieldOptions = {},
): string | undefined {
  const value = own(record, key);
  if (typeof value === 'string' && value.trim() !== '') return clip(value);
  if (value === undefined || value === null) {
    if (options.required) ctx.wrong([...path, key], value, 'text');
  } else {
    ctx.wrong([...path, key], value, 'non-empty text');
  }
  return undefined;
}

/** A text field read quietly: the text, or undefined for anything else. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== ''
    ? clip(value)
    : undefined;
}

/** A list field; anything else is a problem when present or required. */
export function listField(
  ctx: RunReadContext,
  record: unknown,
  key: string,
  path: JsonPath,
  options: FieldOptions = {},
): unknown[] | undefined {
  const value = own(record, key);
  if (Array.isArray(value)) return value;
  if (value !== undefined && value !== null) {
    ctx.wrong([...path, key], value, 'a list');
  } else if (options.required) {
    ctx.wrong([...path, key], value, 'a list');
  }
  return undefined;
}

/** A map field; anything else is a problem when present or required. */
export function recordField(
  ctx: RunReadContext,
  record: unknown,
  key: string,
  path: JsonPath,
  options: FieldOptions = {},
): JsonRecord | undefined {
  const value = own(record, key);
  if (isRecord(value)) return value;
  if ((value !== undefined && value !== null) || options.required) {
    ctx.wrong([...path, key], value, 'a map of fields');
  }
  return undefined;
}

/** A count (a whole number, zero or more), or undefined. */
export function countOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? value
    : undefined;
}

/** An http(s) URL to link to; anything else (file://, javascript:) is not a link. */
export function linkOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > RUN_READ_LIMITS.textLength) {
    return undefined;
  }
  return /^https?:\/\/[^\s]+$/i.test(value) ? value : undefined;
}

/**
 * The items of a list, each with its path, as long as the read's budget
 * lasts: a reader loops over this, never over the raw list.
 */
export function* itemsOf(
  ctx: RunReadContext,
  list: unknown[],
  path: JsonPath,
): Generator<[unknown, JsonPath]> {
  for (let index = 0; index < list.length; index++) {
    const itemPath = [...path, index];
    if (!ctx.visit(itemPath)) return;
    yield [list[index], itemPath];
  }
}

/** The own entries of a map, each with its path, as long as the budget lasts. */
export function* entriesOf(
  ctx: RunReadContext,
  record: JsonRecord,
  path: JsonPath,
): Generator<[string, unknown, JsonPath]> {
  for (const key in record) {
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    const entryPath = [...path, key];
    if (!ctx.visit(entryPath)) return;
    yield [key, record[key], entryPath];
  }
}
