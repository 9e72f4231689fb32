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

/** A map of fields (not a list, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sets a field as the document's own, whatever its name: a plain assignment
 * of `__proto__` would change the object's prototype instead of adding the
 * field, and so lose it (or let a document reach other objects).
 */
export function setOwn(
  target: JsonObject,
  key: string,
  value: JsonValue | undefined,
) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Whether the object has the field itself (`constructor` is inherited). */
export function hasOwn(source: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(source, key);
}

/** The value of one of the object's own fields, never an inherited one. */
export function ownValue(
  source: JsonObject,
  key: string,
): JsonValue | undefined {
  return hasOwn(source, key) ? source[key] : undefined;
}

/** The fields that have a value: `{ a: 1, b: undefined }` → `{ a: 1 }`. */
export function compact<T extends object>(fields: T): T {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as T;
}

function isEmpty(value: JsonValue): boolean {
  return (
    (Array.isArray(value) && value.length === 0) ||
    (isJsonObject(value) && Object.keys(value).length === 0)
  );
}

/**
 * An ODPS object as the importer maps it, field by field: each field it
 * takes has a home in the kind; whatever it leaves is what the kind can't
 * hold, and is kept in ODPS form for the export to put back.
 */
export class Leftovers {
  readonly #rest: JsonObject;

  constructor(source: JsonValue | undefined) {
    this.#rest = isJsonObject(source) ? { ...source } : {};
  }

  peek(key: string): JsonValue | undefined {
    return this.#rest[key];
  }

  take(key: string): JsonValue | undefined {
    const value = this.#rest[key];
    delete this.#rest[key];
    return value;
  }

  /** The field as the kind holds it; left over when it has no such form. */
  takeAs<T>(
    key: string,
    convert: (value: JsonValue) => T | undefined,
  ): T | undefined {
    const value = this.#rest[key];
    if (value === undefined) return undefined;
    const converted = convert(value);
    if (converted !== undefined) delete this.#rest[key];
    return converted;
  }

  /**
   * As {@link Leftovers.takeAs}, for values the kind spells its own way
   * (`Tables` → `table`): the original text stays unless ODPS spells the
   * converted value the same, so that the export can spell it as before.
   */
  takeSpelled<T>(
    key: string,
    convert: (value: JsonValue) => T | undefined,
    toOdps: (value: T) => string = String,
  ): T | undefined {
    const value = this.#rest[key];
    if (value === undefined) return undefined;
    const converted = convert(value);
    if (converted !== undefined && toOdps(converted) === value) {
      delete this.#rest[key];
    }
    return converted;
  }

  /** Replaces a field by what is left of it; an empty remainder goes. */
  keep(key: string, value: JsonValue | undefined): void {
    if (value === undefined || isEmpty(value)) delete this.#rest[key];
    else this.#rest[key] = value;
  }

  /** What was not taken; `undefined` when everything was. */
  rest(): JsonObject | undefined {
    return Object.keys(this.#rest).length > 0 ? { ...this.#rest } : undefined;
  }
}
