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
import { addsBack, fillFrom, isWholeItem } from './keptFields';
import { isJsonObject } from './leftovers';
import { nameFromOdps, versionFromOdps } from './odpsValues';

/**
 * The key of an input or output port's kept leftovers: its name and, when
 * it has one, its version as ODPS wrote it (`payments@2.0.0`), as versions
 * of one port sit side by side. Imports made before ports had versions
 * keyed ports by name alone; the export still finds those.
 */
export function keptPortKey(raw: JsonObject): string {
  const name = String(raw.name);
  return typeof raw.version === 'string' ? `${name}@${raw.version}` : name;
}

/** A port of the kind, as the export matches it with what was kept. */
export type KindPort = { name: string; version?: string };

/**
 * What was kept of a port the kind holds: its name as ODPS spelled it, a
 * version the kind could not hold (`latest`), and its other fields.
 */
export interface KeptPort {
  name: string;
  version?: string;
  leftovers: JsonObject;
}

type Reading = { name: string; version?: string };

/** A kept key read as a name and a version (split at the last `@`), or as a name. */
function readingsOf(key: string, versioned: boolean): Reading[] {
  const at = versioned ? key.lastIndexOf('@') : -1;
  const asName = { name: key };
  return at > 0
    ? [{ name: key.slice(0, at), version: key.slice(at + 1) }, asName]
    : [asName];
}

/** The kind's name and version of a port; a version it can't hold is none. */
function kindKey(name: string, version: string | undefined): string {
  const kindVersion = version === undefined ? '' : versionFromOdps(version);
  return `${nameFromOdps(name)}\u0000${kindVersion ?? ''}`;
}

/**
 * Each port's kept entry, found by name and version through an index (a
 * product may have thousands of ports); then, for a port with a version
 * that found none, an entry kept by its name alone, as older imports did.
 * An entry goes to one port only.
 */
function matchKeptPorts(
  ports: KindPort[],
  held: Array<[string, JsonObject]>,
  versioned: boolean,
): Array<KeptPort | undefined> {
  type Candidate = { key: string; reading: Reading; leftovers: JsonObject };
  const byKindKey = new Map<string, Candidate[]>();
  for (const [key, leftovers] of held) {
    for (const reading of readingsOf(key, versioned)) {
      const at = kindKey(reading.name, reading.version);
      const candidates = byKindKey.get(at) ?? [];
      candidates.push({ key, reading, leftovers });
      byKindKey.set(at, candidates);
    }
  }
  const claimed = new Set<string>();
  const claim = (at: string, byNameAlone = false): KeptPort | undefined => {
    const found = byKindKey
      .get(at)
      ?.find(
        ({ key, reading }) =>
          !claimed.has(key) && (!byNameAlone || reading.version === undefined),
      );
    if (!found) return undefined;
    claimed.add(found.key);
    return { ...found.reading, leftovers: found.leftovers };
  };
  const matched = ports.map(port => claim(kindKey(port.name, port.version)));
  return matched.map((entry, index) => {
    const port = ports[index];
    if (entry || port.version === undefined) return entry;
    return claim(kindKey(port.name, undefined), true);
  });
}

/**
 * A list of ports in ODPS form: each written by `write` from the kind's
 * port and what was kept of it, then filled with its kept fields; after
 * them, the ports the kind could not hold, kept whole.
 */
export function portsWithKept<P extends KindPort>(
  ports: P[] | undefined,
  kept: JsonValue | undefined,
  versioned: boolean,
  write: (port: P, kept: KeptPort | undefined) => JsonObject,
): JsonObject[] | undefined {
  const entries = (isJsonObject(kept) ? Object.entries(kept) : []).filter(
    (entry): entry is [string, JsonObject] => isJsonObject(entry[1]),
  );
  const held = entries.filter(([, item]) => !isWholeItem(item, 'name'));
  const whole = entries.filter(([, item]) => isWholeItem(item, 'name'));
  const list = ports ?? [];
  const matched = matchKeptPorts(list, held, versioned);
  const written = list.map((port, index) => {
    const entry = matched[index];
    const item = write(port, entry);
    return entry ? fillFrom(item, entry.leftovers) : item;
  });
  const keyOf = versioned
    ? keptPortKey
    : (item: JsonObject) => String(item.name);
  const present = new Set(written.map(keyOf));
  const all = [
    ...written,
    ...whole
      .filter(([key, item]) => addsBack(key, keyOf(item), present))
      .map(([, item]) => item),
  ];
  return all.length > 0 ? all : undefined;
}
