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

import type { Entity } from '@backstage/catalog-model';
import {
  diffDataProducts,
  type BreakingChangesFactValue,
  type DataProductChange,
  type DataProductChangeRecord,
} from '@meshwork/plugin-data-products-common';
import { createHash } from 'node:crypto';
import type {
  BaselineLook,
  BaselineWrite,
  StoredRevision,
} from '../database/ChangeHistoryStore';
import { revisionFromStore } from './catalogRevisions';
import { digestOf } from './productFingerprint';

/** How many unversioned changes the fact lists. */
const FACT_CHANGES = 20;

/** What to do with a product whose digest is `fingerprint`, given its last look. */
export type LookKind = 'first' | 'unchanged' | 'restored' | 'changed';

export function lookKind(fingerprint: string, look?: BaselineLook): LookKind {
  if (!look) return 'first';
  if (fingerprint === look.seenFingerprint) return 'unchanged';
  if (fingerprint === look.fingerprint) return 'restored';
  return 'changed';
}

/** What one look found and what to store of it. */
export interface ComparedLook {
  write: BaselineWrite;
  /** The breaking and notable changes found, when there are some new ones. */
  detection?: DataProductChangeRecord;
  /** The product's breaking-changes fact, when its state changed. */
  fact?: BreakingChangesFactValue;
}

/** What the fact says: which unversioned changes, not who reads them. */
const stateOf = (unversioned: DataProductChange[]) =>
  digestOf(unversioned.map(c => [c.kind, c.field, c.message]));

function factOf(
  unversioned: DataProductChange[],
  since: string | undefined,
  now: Date,
): BreakingChangesFactValue {
  // Readers are left out: the fact is read by whoever may read the
  // product, and its readers may be hidden from them.
  const listed = unversioned
    .slice(0, FACT_CHANGES)
    .map(({ readers, ...change }) => change);
  return {
    unversioned: listed,
    ...(unversioned.length > listed.length
      ? { total: unversioned.length }
      : {}),
    ...(since ? { since } : {}),
    detectedAt: now.toISOString(),
  };
}

/** The same look of the same product gives the same id, on any replica. */
function changeId(...parts: Array<string | number>): string {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  // shaped as a UUID, as the listing's cursor expects
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(
    12,
    16,
  )}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A product seen for the first time: its version is the one accepted. */
export function firstLook(
  entityRef: string,
  fingerprint: string,
  current: StoredRevision,
): ComparedLook {
  return {
    write: {
      entityRef,
      fingerprint,
      seenFingerprint: fingerprint,
      generation: 0,
      productVersion: current.entity.spec.version,
      revision: current,
    },
  };
}

/** Back to the accepted version: nothing breaks any more. */
export function restoredLook(
  entityRef: string,
  look: BaselineLook,
  fingerprint: string,
  accepted: StoredRevision,
  now: Date,
): ComparedLook {
  const fixed = stateOf([]);
  const reported =
    look.unversionedState !== undefined && look.unversionedState !== fixed;
  return {
    write: {
      ...look,
      entityRef,
      seenFingerprint: fingerprint,
      generation: look.generation + 1,
      unversionedState: look.unversionedState === undefined ? undefined : fixed,
      reportedState: undefined,
      revision: accepted,
    },
    ...(reported ? { fact: factOf([], look.productVersion, now) } : {}),
  };
}

/**
 * A changed product compared with its accepted version. A breaking change
 * no major version allows keeps the accepted version, so the product fails
 * until the owner restores what changed or bumps a major version; anything
 * else makes the new version the accepted one. The same changes seen again
 * while the accepted version is kept are not recorded twice.
 */
export function changedLook(input: {
  entityRef: string;
  look: BaselineLook;
  fingerprint: string;
  accepted: StoredRevision;
  current: StoredRevision;
  readers: Entity[];
  now: Date;
}): ComparedLook {
  const { entityRef, look, fingerprint, accepted, current, now } = input;
  const diff = diffDataProducts(
    revisionFromStore(accepted),
    revisionFromStore(current),
    { readers: input.readers },
  );
  const found = diff.changes.filter(c => c.severity !== 'compatible');
  const keep = diff.unversioned.length > 0;
  const generation = look.generation + 1;
  const reported = found.length > 0 ? digestOf(found) : undefined;
  const unversionedState = stateOf(diff.unversioned);
  const next = keep
    ? {
        fingerprint: look.fingerprint,
        productVersion: look.productVersion,
        revision: accepted,
      }
    : {
        fingerprint,
        productVersion: current.entity.spec.version,
        revision: current,
      };
  const repeated = reported !== undefined && reported === look.reportedState;
  return {
    write: {
      entityRef,
      ...next,
      seenFingerprint: fingerprint,
      generation,
      unversionedState,
      reportedState: keep ? reported : undefined,
    },
    ...(found.length > 0 && !repeated
      ? {
          detection: {
            id: changeId(
              entityRef,
              generation,
              look.seenFingerprint,
              fingerprint,
            ),
            entityRef,
            detectedAt: now.toISOString(),
            fromVersion: accepted.entity.spec.version,
            toVersion: current.entity.spec.version,
            changes: found,
            unversioned: diff.unversioned.length,
          },
        }
      : {}),
    ...(unversionedState !== look.unversionedState
      ? { fact: factOf(diff.unversioned, accepted.entity.spec.version, now) }
      : {}),
  };
}
