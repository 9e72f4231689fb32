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

import {
  DATA_PRODUCT_API_VERSION,
  DATA_PRODUCT_KIND,
} from './DataProductEntityV1alpha1';
import { DataProductProblem, describeValue, problemAt } from './problems';
import { suggestKey } from './suggestKey';

/** Our API group: no other processor claims a kind under it. */
const API_GROUP = `${DATA_PRODUCT_API_VERSION.split('/')[0]}/`;

/** `Data Product`, `data_product`, `DataProducts` all read as `dataproduct`. */
function normalised(kind: string): string {
  return kind
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/s$/, '');
}

/** A kind the owner surely meant as ours: a case, space or one-typo variant. */
export function isNearMiss(kind: unknown): boolean {
  if (typeof kind !== 'string' || kind === DATA_PRODUCT_KIND) return false;
  return suggestKey(normalised(kind), ['dataproduct']) !== undefined;
}

/** Whether an apiVersion is of our API group, `meshwork.dev/`. */
export function isOurApiVersion(apiVersion: unknown): boolean {
  return typeof apiVersion === 'string' && apiVersion.startsWith(API_GROUP);
}

/**
 * What the catalog does with a document that nearly is a `DataProduct`:
 * kinds are matched exactly when a processor claims a document, so
 * `kind: dataproduct`, `Data Product` or a `Kind:` key load as nothing (or
 * fail as "no processor recognized the entity"), and a linter that skipped
 * them as another kind said "0 data products, no problems". The problem,
 * with a suggestion, of such a document; undefined for `kind: DataProduct`
 * and for documents that are plainly of another kind.
 * @public
 */
export function dataProductKindProblem(
  document: unknown,
): DataProductProblem | undefined {
  if (!document || typeof document !== 'object' || Array.isArray(document)) {
    return undefined;
  }
  const fields = document as Record<string, unknown>;
  const ours = isOurApiVersion(fields.apiVersion);
  if (!('kind' in fields)) {
    const misspelt = Object.keys(fields).find(
      key => key !== 'kind' && suggestKey(key, ['kind']) === 'kind',
    );
    if (
      misspelt &&
      (ours ||
        isNearMiss(fields[misspelt]) ||
        fields[misspelt] === DATA_PRODUCT_KIND)
    ) {
      return problemAt(
        [misspelt],
        'unknown field; did you mean "kind"?',
        'key',
      );
    }
    return ours
      ? problemAt(['kind'], `missing; expected ${DATA_PRODUCT_KIND}`)
      : undefined;
  }
  const kind = fields.kind;
  if (kind === DATA_PRODUCT_KIND) return undefined;
  if (isNearMiss(kind)) {
    return problemAt(
      ['kind'],
      `found ${describeValue(
        kind,
      )}; did you mean "${DATA_PRODUCT_KIND}"? The catalog matches kinds exactly, so this document would not load as a data product`,
    );
  }
  return ours
    ? problemAt(
        ['kind'],
        `found ${describeValue(
          kind,
        )}; expected ${DATA_PRODUCT_KIND}, the only kind of ${API_GROUP}`,
      )
    : undefined;
}

/**
 * Whether a document is for the DataProduct linter: `kind: DataProduct`,
 * a near miss of it, or anything under our apiVersion. Other kinds are left
 * to the catalog.
 * @public
 */
export function isDataProductDocument(document: unknown): boolean {
  if (!document || typeof document !== 'object' || Array.isArray(document)) {
    return false;
  }
  const { kind } = document as Record<string, unknown>;
  return kind === DATA_PRODUCT_KIND || !!dataProductKindProblem(document);
}

/**
 * Whether the catalog refuses the whole file a document with this kind is
 * in. A portal lists the kinds it allows (`catalog.rules`, DataProduct among
 * them, as this suite's README says); the catalog compares those without
 * regard to case, so `dataproduct` passes the rules and fails alone, while
 * `Data Product` or `DataProducts` is a kind no rule allows, and the catalog
 * then stores nothing read from that file.
 * @public
 */
export function isKindRefusedForWholeFile(kind: unknown): boolean {
  return (
    typeof kind === 'string' &&
    isNearMiss(kind) &&
    kind.toLowerCase() !== DATA_PRODUCT_KIND.toLowerCase()
  );
}
