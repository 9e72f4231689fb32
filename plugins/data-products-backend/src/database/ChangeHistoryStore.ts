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

import type {
  DataProductChangeRecord,
  DataProductEntityV1alpha1,
} from '@meshwork/plugin-data-products-common';
import type { ReadableProducts } from './readableProducts';

/** What a comparison needs of one version of a product, as the catalog held it. */
export interface StoredRevision {
  /** The product entity: its name, namespace and spec. */
  entity: DataProductEntityV1alpha1;
  /** The ODCS contracts its output ports named, as their API entities defined them. */
  contracts: Array<{ ref: string; definition: string }>;
}

/** A product's last look, without the accepted version itself: what every run reads. */
export interface BaselineLook {
  /** Digest of the accepted version. */
  fingerprint: string;
  /** Digest of the version last looked at. */
  seenFingerprint: string;
  /** How many times the version looked at changed. */
  generation: number;
  /** The accepted version's spec.version. */
  productVersion?: string;
  /** Digest of the unversioned breaking changes last reported; absent before any comparison. */
  unversionedState?: string;
  /** Digest of the changes last recorded while the accepted version is kept. */
  reportedState?: string;
}

/** A product's look as the tracker writes it, with its accepted version. */
export interface BaselineWrite extends BaselineLook {
  entityRef: string;
  revision: StoredRevision;
}

/** A page of GET /changes. */
export interface ChangeHistoryQuery {
  /** `breaking`: only looks that found a breaking change, and only those changes. */
  severity?: 'breaking' | 'notable';
  entityRef?: string;
  limit: number;
  /** Where the previous page ended. */
  cursor?: string;
  /** What the caller may read; every product when absent. */
  readable?: ReadableProducts;
}

/**
 * Each product's accepted version, and the changes seen since in the
 * versions the catalog held: what the change tracker compares with and
 * records, and what GET /changes lists.
 */
export interface ChangeHistoryStore {
  /** The looks of the listed products, or of all, in one query. */
  looks(entityRefs?: string[]): Promise<Map<string, BaselineLook>>;
  /** The accepted versions of the listed products. */
  revisions(entityRefs: string[]): Promise<Map<string, StoredRevision>>;
  /**
   * Stores looks and the changes they found, in one transaction. A look
   * never replaces one of a later generation, and a change already
   * recorded (the same id) is left as it is: a retried run or a second
   * replica writes nothing twice.
   */
  record(
    baselines: BaselineWrite[],
    changes: DataProductChangeRecord[],
    now: Date,
  ): Promise<void>;
  /** The changes recorded, the newest first. */
  listChanges(
    query: ChangeHistoryQuery,
  ): Promise<{ items: DataProductChangeRecord[]; nextCursor?: string }>;
}
