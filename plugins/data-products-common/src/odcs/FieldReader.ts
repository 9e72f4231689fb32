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

import { linkableUrl } from '../linkableUrl';

/** A YAML/JSON object as parsed: keys to anything. */
export type RawObject = Record<string, unknown>;

export function isRawObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a value reads in a sentence: `INSERT, UPDATE` rather than `["INSERT","UPDATE"]`. @public */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(displayValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** `schema[0].properties[2].required`: where a field is, as a domain owner would search for it. */
function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Reads fields of a contract leniently: a field of the wrong type is
 * skipped and noted (path and what was expected) so the rest of the
 * contract still shows; a domain owner then learns what to fix.
 */
export class FieldReader {
  readonly warnings: string[] = [];

  #skip(path: string, key: string, expected: string, value: unknown) {
    this.#note(join(path, key), expected, value);
  }

  #note(where: string, expected: string, value: unknown) {
    this.warnings.push(
      `${where}: expected ${expected}, got ${describeType(value)}`,
    );
  }

  /** Text; numbers and booleans are text too (`version: 1.0` is fine). */
  string(obj: RawObject, key: string, path: string): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (['string', 'number', 'boolean'].includes(typeof value)) {
      return String(value);
    }
    this.#skip(path, key, 'text', value);
    return undefined;
  }

  /**
   * A link. One the portal would refuse to open (`javascript:`…) is skipped
   * and noted here, so the owner learns why it shows as plain text.
   */
  url(obj: RawObject, key: string, path: string): string | undefined {
    const value = this.string(obj, key, path);
    if (value === undefined || linkableUrl(value)) return value;
    this.#skip(path, key, 'an http, https or mailto URL', value);
    return undefined;
  }

  boolean(obj: RawObject, key: string, path: string): boolean {
    const value = obj[key];
    if (value === undefined || value === null) return false;
    if (typeof value === 'boolean') return value;
    this.#skip(path, key, 'true or false', value);
    return false;
  }

  integer(obj: RawObject, key: string, path: string): number | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    this.#skip(path, key, 'a whole number', value);
    return undefined;
  }

  object(obj: RawObject, key: string, path: string): RawObject | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (isRawObject(value)) return value;
    this.#skip(path, key, 'an object', value);
    return undefined;
  }

  /** A list of objects, each handed over with its own path (`schema[2]`). */
  objects(
    obj: RawObject,
    key: string,
    path: string,
  ): Array<{ item: RawObject; path: string }> {
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.#skip(path, key, 'a list', value);
      return [];
    }
    const items: Array<{ item: RawObject; path: string }> = [];
    for (const [index, item] of value.entries()) {
      const where = `${join(path, key)}[${index}]`;
      if (isRawObject(item)) items.push({ item, path: where });
      else this.#note(where, 'an object', item);
    }
    return items;
  }

  /** Tags and other lists of words. */
  strings(obj: RawObject, key: string, path: string): string[] {
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value) && value.every(v => typeof v !== 'object')) {
      return value.map(String);
    }
    this.#skip(path, key, 'a list of words', value);
    return [];
  }

  /** A field the standard requires but the reader can live without. */
  expect(obj: RawObject, key: string, path: string, expected: string) {
    if (obj[key] === undefined || obj[key] === null || obj[key] === '') {
      this.warnings.push(`${join(path, key)}: missing, expected ${expected}`);
    }
  }
}
