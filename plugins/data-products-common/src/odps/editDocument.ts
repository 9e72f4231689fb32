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
import { hasOwn, isJsonObject, setOwn } from './leftovers';

type Segment = string | number;

/** Changes to make at one object of a document, and below it. */
interface Edit {
  remove: string[];
  customProperties: JsonObject[];
  below: Map<Segment, Edit>;
}

function newEdit(): Edit {
  return { remove: [], customProperties: [], below: new Map() };
}

/**
 * Changes to a document, gathered first and made in one pass that copies
 * only the objects and lists on their way: a document with 10,000 ports,
 * each with a field to move, is copied once, not 10,000 times.
 */
export class DocumentEdits {
  readonly #root = newEdit();

  #at(path: ReadonlyArray<Segment>): Edit {
    let edit = this.#root;
    for (const segment of path) {
      let next = edit.below.get(segment);
      if (!next) {
        next = newEdit();
        edit.below.set(segment, next);
      }
      edit = next;
    }
    return edit;
  }

  /** Removes the field at `path` (its last segment is the key). */
  remove(path: ReadonlyArray<Segment>): void {
    const key = path[path.length - 1];
    if (typeof key === 'string') this.#at(path.slice(0, -1)).remove.push(key);
  }

  /** Appends a custom property to the object at `path`. */
  addCustomProperty(path: ReadonlyArray<Segment>, property: JsonObject): void {
    this.#at(path).customProperties.push(property);
  }

  /** A copy of `document` with the changes; `document` stays as it was. */
  applyTo(document: JsonObject): JsonObject {
    return applied(document, this.#root) as JsonObject;
  }
}

function applied(
  value: JsonValue | undefined,
  edit: Edit,
): JsonValue | undefined {
  if (Array.isArray(value)) {
    const copy = [...value];
    for (const [segment, below] of edit.below) {
      if (typeof segment === 'number' && segment < copy.length) {
        copy[segment] = applied(copy[segment], below) as JsonValue;
      }
    }
    return copy;
  }
  if (!isJsonObject(value)) return value;
  const copy = { ...value };
  for (const [segment, below] of edit.below) {
    const key = String(segment);
    if (hasOwn(copy, key)) setOwn(copy, key, applied(copy[key], below));
  }
  for (const key of edit.remove) delete copy[key];
  if (edit.customProperties.length > 0) {
    const current = copy.customProperties;
    setOwn(copy, 'customProperties', [
      ...(Array.isArray(current) ? current : []),
      ...edit.customProperties,
    ]);
  }
  return copy;
}
