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

import type { OutputPort } from '../entity';
import type { OdcsContract } from '../odcs';
import { durationToMillis } from '../scorecard/duration';
import { found, shown, type FoundChange } from './change';
import { diffContracts } from './diffContracts';
import { classificationChange } from './sensitivity';

/** A port where it stands in its product, with its contract if found. */
export interface PlacedPort {
  port: OutputPort;
  index: number;
  /** The class that holds for it: its own, or its product's. */
  classification?: string;
  contract?: { contract: OdcsContract; source: string };
}

const slaDurations = [
  { key: 'freshness', weaker: 'longer' },
  { key: 'latency', weaker: 'longer' },
  { key: 'retention', weaker: 'shorter' },
] as const;

function diffSla(old: PlacedPort, now: PlacedPort): FoundChange[] {
  const [before, after] = [old.port.sla ?? {}, now.port.sla ?? {}];
  const at = (key: string) => `spec.outputPorts[${now.index}].sla.${key}`;
  const changes: FoundChange[] = [];
  for (const { key, weaker } of slaDurations) {
    const [was, is] = [before[key], after[key]];
    if (was === is) continue;
    if (was !== undefined && is === undefined) {
      changes.push(
        found(
          'notable',
          'sla-removed',
          at(key),
          `sla.${key} ${shown(was)} was removed`,
        ),
      );
      continue;
    }
    const [a, b] = [was, is].map(v => (v ? durationToMillis(v) : undefined));
    if (a === undefined || b === undefined || a === b) continue;
    const weakened = weaker === 'longer' ? b > a : b < a;
    changes.push(
      found(
        weakened ? 'breaking' : 'compatible',
        weakened ? 'sla-weakened' : 'sla-strengthened',
        at(key),
        `sla.${key} went from ${was} to ${is}${
          weakened ? `: ${weaker}, a weaker promise` : ''
        }`,
      ),
    );
  }
  const [was, is] = [before.availability, after.availability];
  if (was !== undefined && is === undefined) {
    changes.push(
      found(
        'notable',
        'sla-removed',
        at('availability'),
        `sla.availability ${was}% was removed`,
      ),
    );
  } else if (was !== undefined && is !== undefined && was !== is) {
    const weakened = is < was;
    changes.push(
      found(
        weakened ? 'breaking' : 'compatible',
        weakened ? 'sla-weakened' : 'sla-strengthened',
        at('availability'),
        `sla.availability went from ${was}% to ${is}%${
          weakened ? ': lower, a weaker promise' : ''
        }`,
      ),
    );
  }
  return changes;
}

function diffServer(old: PlacedPort, now: PlacedPort): FoundChange[] {
  const [a, b] = [old.port.server, now.port.server];
  if (!a) return [];
  const field = `spec.outputPorts[${now.index}].server`;
  if (!b) {
    return [
      found(
        'breaking',
        'server-changed',
        field,
        `server ${a.type} ${a.location} was removed: readers lose where to connect`,
      ),
    ];
  }
  const moved = (['type', 'location', 'environment'] as const).filter(
    key => (a[key] ?? '') !== (b[key] ?? ''),
  );
  return moved.map(key =>
    found(
      'breaking',
      'server-changed',
      `${field}.${key}`,
      `server.${key} changed from ${shown(a[key])} to ${shown(
        b[key],
      )}: readers connect elsewhere`,
    ),
  );
}

function diffSensitivity(old: PlacedPort, now: PlacedPort): FoundChange[] {
  const changes: FoundChange[] = [];
  const field = `spec.outputPorts[${now.index}]`;
  const change = classificationChange(old.classification, now.classification);
  if (change) {
    changes.push(
      found(
        change === 'tightened' ? 'breaking' : 'notable',
        change === 'tightened'
          ? 'classification-tightened'
          : 'classification-loosened',
        `${field}.classification`,
        change === 'tightened'
          ? `classification tightened from ${old.classification} to ${now.classification}: readers may lose access`
          : `classification loosened from ${old.classification} to ${now.classification}: more people may read it`,
      ),
    );
  }
  if (!old.port.containsPii && now.port.containsPii) {
    const isPublic = now.classification === 'public';
    changes.push(
      found(
        isPublic ? 'breaking' : 'notable',
        'pii-added',
        `${field}.containsPii`,
        `the port now holds personal data${
          isPublic ? ', yet is classified public' : ''
        }`,
      ),
    );
  }
  return changes;
}

function diffContractOf(old: PlacedPort, now: PlacedPort): FoundChange[] {
  const field = `spec.outputPorts[${now.index}].contract`;
  if (old.contract && !now.contract) {
    return now.port.contract || now.port.contractId
      ? []
      : [
          found(
            'notable',
            'contract-removed',
            field,
            `the contract ${old.contract.source} no longer applies: readers lose its guarantees`,
          ),
        ];
  }
  if (!old.contract && now.contract) {
    return [
      found(
        'compatible',
        'contract-added',
        field,
        `the contract ${now.contract.source} now applies`,
      ),
    ];
  }
  if (!old.contract || !now.contract) return [];
  // The same contract on both sides has nothing to compare; a caller may
  // give one object for a text that both versions hold, unread.
  if (old.contract.contract === now.contract.contract) return [];
  const source = now.contract.source;
  return diffContracts(old.contract.contract, now.contract.contract, {
    at: path => `${field} › ${source}${path ? ` › ${path}` : ''}`,
    publicPort: now.classification === 'public',
  });
}

/** What changed on one output port, compared with what it was (or replaced). */
export function diffOutputPort(
  old: PlacedPort,
  now: PlacedPort,
): FoundChange[] {
  const changes: FoundChange[] = [];
  const field = `spec.outputPorts[${now.index}]`;
  if (!old.port.deprecated && now.port.deprecated) {
    changes.push(
      found(
        'notable',
        'port-deprecated',
        `${field}.deprecated`,
        'the port version is deprecated: its readers should move to a newer one',
      ),
    );
  }
  if (old.port.type && now.port.type && old.port.type !== now.port.type) {
    changes.push(
      found(
        'notable',
        'port-type-changed',
        `${field}.type`,
        `type changed from ${old.port.type} to ${now.port.type}`,
      ),
    );
  }
  return [
    ...changes,
    ...diffServer(old, now),
    ...diffSla(old, now),
    ...diffSensitivity(old, now),
    ...diffContractOf(old, now),
  ];
}
