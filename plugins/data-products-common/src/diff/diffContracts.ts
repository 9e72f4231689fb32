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

import type { OdcsContract, OdcsProperty, OdcsSchemaObject } from '../odcs';
import { found, shown, type FoundChange } from './change';
import { classificationChange } from './sensitivity';

type Where = (path: string | undefined) => string;

/** How to read the contract's place: the field it is at, and whether its port is public. */
export interface ContractPlace {
  at: Where;
  /** Personal data on a public port reaches readers who may not hold it. */
  publicPort: boolean;
}

function piiAdded(
  column: OdcsProperty,
  table: string,
  place: ContractPlace,
): FoundChange {
  return found(
    place.publicPort ? 'breaking' : 'notable',
    'pii-added',
    place.at(column.path),
    `column ${table}.${column.name} now holds personal data${
      place.publicPort ? ', on a port classified public' : ''
    }`,
  );
}

function typeOf(column: OdcsProperty): string {
  return [column.logicalType, column.physicalType].filter(Boolean).join(' / ');
}

/**
 * A removed column and an added one of the same type at the same place
 * read as a rename: one finding naming both, rather than two.
 */
function pairRenames(
  removed: OdcsProperty[],
  added: OdcsProperty[],
  before: OdcsSchemaObject,
  after: OdcsSchemaObject,
): Array<[OdcsProperty, OdcsProperty]> {
  const pairs: Array<[OdcsProperty, OdcsProperty]> = [];
  const free = new Set(added);
  for (const old of removed) {
    const position = before.properties.indexOf(old);
    const twin = [...free].find(
      candidate =>
        typeOf(candidate) === typeOf(old) &&
        after.properties.indexOf(candidate) === position,
    );
    if (twin) {
      pairs.push([old, twin]);
      free.delete(twin);
    }
  }
  return pairs;
}

function diffColumn(
  table: string,
  old: OdcsProperty,
  now: OdcsProperty,
  place: ContractPlace,
): FoundChange[] {
  const at = place.at;
  const changes: FoundChange[] = [];
  if (!old.containsPii && now.containsPii) {
    changes.push(piiAdded(now, table, place));
  }
  const column = `column ${table}.${now.name}`;
  if (typeOf(old) !== typeOf(now)) {
    changes.push(
      found(
        'breaking',
        'column-type-changed',
        at(now.path),
        `${column} changed type from ${shown(typeOf(old))} to ${shown(
          typeOf(now),
        )}`,
      ),
    );
  }
  if (!old.required && now.required) {
    changes.push(
      found(
        'breaking',
        'column-made-required',
        at(now.path),
        `${column} is now required: writers must fill it and older rows may not`,
      ),
    );
  } else if (old.required && !now.required) {
    changes.push(
      found(
        'notable',
        'column-made-optional',
        at(now.path),
        `${column} is now optional: readers may meet empty values`,
      ),
    );
  }
  const classification = classificationChange(
    old.classification,
    now.classification,
  );
  if (classification) {
    changes.push(
      found(
        classification === 'tightened' ? 'breaking' : 'notable',
        classification === 'tightened'
          ? 'classification-tightened'
          : 'classification-loosened',
        at(now.path),
        `${column} classification ${classification} from ${old.classification} to ${now.classification}`,
      ),
    );
  }
  return changes;
}

function diffSchemaObject(
  old: OdcsSchemaObject,
  now: OdcsSchemaObject,
  place: ContractPlace,
): FoundChange[] {
  const at = place.at;
  const before = new Map(old.properties.map(c => [c.name, c]));
  const after = new Map(now.properties.map(c => [c.name, c]));
  const removed = old.properties.filter(c => !after.has(c.name));
  const added = now.properties.filter(c => !before.has(c.name));
  const renames = pairRenames(removed, added, old, now);
  const renamedFrom = new Set(renames.map(([from]) => from));
  const renamedTo = new Set(renames.map(([, to]) => to));
  const changes: FoundChange[] = [];
  for (const [from, to] of renames) {
    changes.push(
      found(
        'breaking',
        'column-renamed',
        at(to.path),
        `column ${old.name}.${from.name} was renamed to ${to.name}`,
      ),
    );
  }
  for (const column of removed.filter(c => !renamedFrom.has(c))) {
    changes.push(
      found(
        'breaking',
        'column-removed',
        at(column.path),
        `column ${old.name}.${column.name} was removed`,
      ),
    );
  }
  for (const column of added.filter(c => !renamedTo.has(c))) {
    changes.push(
      found(
        'compatible',
        'column-added',
        at(column.path),
        `column ${now.name}.${column.name} was added`,
      ),
    );
    if (column.containsPii) changes.push(piiAdded(column, now.name, place));
  }
  for (const column of now.properties) {
    const previous = before.get(column.name);
    if (previous)
      changes.push(...diffColumn(now.name, previous, column, place));
  }
  return changes;
}

/** What changed between two ODCS contracts of one port, for its readers. */
export function diffContracts(
  old: OdcsContract,
  now: OdcsContract,
  place: ContractPlace,
): FoundChange[] {
  const at = place.at;
  const after = new Map(now.schema.map(o => [o.name, o]));
  const before = new Set(old.schema.map(o => o.name));
  const changes: FoundChange[] = [];
  for (const object of old.schema) {
    const next = after.get(object.name);
    if (next) {
      changes.push(...diffSchemaObject(object, next, place));
    } else {
      changes.push(
        found(
          'breaking',
          'schema-object-removed',
          at(object.path),
          `${object.name} and its ${object.properties.length} columns were removed from the contract`,
        ),
      );
    }
  }
  for (const object of now.schema.filter(o => !before.has(o.name))) {
    changes.push(
      found(
        'compatible',
        'schema-object-added',
        at(object.path),
        `${object.name} was added to the contract`,
      ),
    );
  }
  return changes;
}
