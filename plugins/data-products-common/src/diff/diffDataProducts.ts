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

import { describePort, majorVersionOf, portKey } from '../entity';
import { found, type FoundChange } from './change';
import { diffOutputPort, type PlacedPort } from './diffOutputPort';
import { readersOf } from './readersOf';
import type {
  BreakingChangeAllowance,
  DataProductChange,
  DataProductDiff,
  DataProductRevision,
  DiffDataProductsOptions,
} from './types';

function placed(revision: DataProductRevision): PlacedPort[] {
  const spec = revision.entity.spec;
  return (spec.outputPorts ?? []).map((port, index) => ({
    port,
    index,
    classification: port.classification ?? spec.classification,
    contract: revision.contractOf?.(port),
  }));
}

/** The port's version, or without one its contract's: what its readers were promised. */
function majorOf(port: PlacedPort): number | undefined {
  return majorVersionOf(port.port.version ?? port.contract?.contract.version);
}

type Pairing = { old: PlacedPort; now?: PlacedPort; replaced: boolean };

/**
 * Each old port with the new port that carries it on: the same name and
 * major, else the newest higher major of that name (a new major version
 * replacing it), else none (removed).
 */
function pairPorts(old: PlacedPort[], now: PlacedPort[]): Pairing[] {
  const byKey = new Map(now.map(p => [portKey(p.port), p]));
  return old.map(port => {
    const same = byKey.get(portKey(port.port));
    if (same) return { old: port, now: same, replaced: false };
    const major = majorOf(port) ?? -1;
    const higher = now
      .filter(p => p.port.name === port.port.name && (majorOf(p) ?? -1) > major)
      .at(-1);
    return { old: port, now: higher, replaced: higher !== undefined };
  });
}

function allowance(
  pairing: Pairing,
  productBumped: boolean,
): BreakingChangeAllowance | undefined {
  if (pairing.replaced) return 'port-major';
  if (productBumped) return 'product-major';
  const majors = [majorOf(pairing.old), pairing.now && majorOf(pairing.now)];
  return majors.every(m => m === 0) ? 'initial-development' : undefined;
}

function portChanges(pairing: Pairing): FoundChange[] {
  const { old, now } = pairing;
  const name = describePort(old.port);
  if (!now) {
    return [
      found(
        'breaking',
        'port-removed',
        `spec.outputPorts[${old.index}]`,
        `output port ${name} was removed`,
      ),
    ];
  }
  const changes = diffOutputPort(old, now);
  if (!pairing.replaced) return changes;
  return [
    found(
      'breaking',
      'port-version-replaced',
      `spec.outputPorts[${now.index}].version`,
      `output port ${name} was replaced by ${describePort(
        now.port,
      )}: its readers must move`,
    ),
    ...changes,
  ];
}

function productChanges(revisions: {
  old: DataProductRevision;
  now: DataProductRevision;
}): FoundChange[] {
  const [was, is] = [
    revisions.old.entity.spec.status,
    revisions.now.entity.spec.status,
  ];
  if (was === is) return [];
  if (is === 'retired')
    return [
      found(
        'breaking',
        'product-retired',
        'spec.status',
        'the product is retired: every reader loses it',
      ),
    ];
  if (is === 'deprecated')
    return [
      found(
        'notable',
        'product-deprecated',
        'spec.status',
        'the product is deprecated: its readers should plan a move',
      ),
    ];
  return [];
}

/**
 * What changed between two versions of a data product and the ODCS
 * contracts of its output ports, each change classified for the products
 * that read it, and the breaking ones that no new major version allows.
 * @public
 */
export function diffDataProducts(
  old: DataProductRevision,
  now: DataProductRevision,
  options: DiffDataProductsOptions = {},
): DataProductDiff {
  const [majorBefore, majorAfter] = [old, now].map(r =>
    majorVersionOf(r.entity.spec.version),
  );
  const productBumped =
    majorBefore !== undefined &&
    majorAfter !== undefined &&
    majorAfter > majorBefore;
  const readers = options.readers
    ? readersOf(old.entity, options.readers)
    : undefined;
  const [before, after] = [placed(old), placed(now)];
  const pairings = pairPorts(before, after);
  const carried = new Set(pairings.map(p => p.now));
  const changes: DataProductChange[] = [];
  for (const pairing of pairings) {
    const key = portKey(pairing.old.port);
    const allowedBy = allowance(pairing, productBumped);
    for (const change of portChanges(pairing)) {
      changes.push({
        ...change,
        port: describePort(pairing.old.port),
        portKey: key,
        ...(change.severity === 'breaking' && allowedBy ? { allowedBy } : {}),
        ...(readers ? { readers: readers.get(key) ?? [] } : {}),
      });
    }
  }
  for (const port of after.filter(p => !carried.has(p))) {
    changes.push({
      ...found(
        'compatible',
        'port-added',
        `spec.outputPorts[${port.index}]`,
        `output port ${describePort(port.port)} was added`,
      ),
      port: describePort(port.port),
    });
  }
  for (const change of productChanges({ old, now })) {
    changes.push({
      ...change,
      ...(change.severity === 'breaking' && productBumped
        ? { allowedBy: 'product-major' as const }
        : {}),
      ...(readers
        ? { readers: [...new Set([...readers.values()].flat())] }
        : {}),
    });
  }
  return {
    changes,
    unversioned: changes.filter(c => c.severity === 'breaking' && !c.allowedBy),
  };
}
