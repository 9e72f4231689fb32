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
  describeAllowance,
  escapeControlCharacters,
  type DataProductChange,
  type DataProductChangeSeverity,
  type DataProductDiff,
} from '@meshwork/plugin-data-products-common';
import { counted } from '../lint/formatProblem';
import type { ProductDiff } from './compareSides';
import type { ChangeLocation } from './locateChange';
import type { DiffProblem } from './types';

/** A product's diff with where to look at each change, as printed. */
export interface ReportedProduct {
  product: ProductDiff;
  locations: Map<DataProductChange, ChangeLocation | undefined>;
}

const SEVERITY_WORD: Record<DataProductChangeSeverity, string> = {
  breaking: 'BREAKING',
  notable: 'notable',
  compatible: 'compatible',
};

const ORDER: DataProductChangeSeverity[] = [
  'breaking',
  'notable',
  'compatible',
];

/** Breaking first, then notable, then compatible; in the engine's order within each. */
export function bySeverity<T extends DataProductChange>(changes: T[]): T[] {
  return ORDER.flatMap(severity =>
    changes.filter(c => c.severity === severity),
  );
}

function where(location: ChangeLocation | undefined, field: string): string {
  if (!location) return `${field}:`;
  const { file, line, column } = location;
  return line === undefined
    ? `${file}: ${field}:`
    : `${file}:${line}:${column}:`;
}

function readersOf(change: DataProductChange): string | undefined {
  if (change.readers === undefined || change.severity === 'compatible') {
    return change.readers?.length
      ? `read by ${change.readers.join(', ')}`
      : undefined;
  }
  return change.readers.length
    ? `read by ${change.readers.join(', ')}`
    : 'no known reader';
}

/** `BREAKING contracts.yaml:530:13: port orders v1.2.0: column orders.id was removed; read by ...` */
export function formatChange(
  change: DataProductChange,
  location: ChangeLocation | undefined,
): string {
  const port = change.port ? `port ${change.port}: ` : '';
  const notes = [
    change.allowedBy && describeAllowance(change.allowedBy),
    readersOf(change),
  ].filter(Boolean);
  return escapeControlCharacters(
    `${SEVERITY_WORD[change.severity]} ${where(
      location,
      change.field,
    )} ${port}${change.message}${notes.map(n => `; ${n}`).join('')}`,
  );
}

/** `3 changes, 1 breaking without a new major version` */
export function countChanges({
  changes,
  unversioned,
}: DataProductDiff): string {
  return `${counted(changes.length, 'change')}${
    unversioned.length
      ? `, ${unversioned.length} breaking without a new major version`
      : ''
  }`;
}

/** `2 breaking changes without a new major version`: why the summary ends in failure. */
export function countUnversioned(unversioned: number): string {
  return `${counted(
    unversioned,
    'breaking change',
  )} without a new major version`;
}

/** A diff's changes, breaking first, one line each; no locations to give. */
export function formatChanges(diff: DataProductDiff): string[] {
  return bySeverity(diff.changes).map(c => formatChange(c, undefined));
}

function headline({ product }: ReportedProduct): string {
  const file = (product.now ?? product.old)!.chunk.file.name;
  const counts = countChanges(product.diff);
  const what = {
    added: `added in ${file}`,
    removed: `removed from ${file}: ${counts}`,
    changed: counts,
    unchanged: 'unchanged',
  }[product.status];
  return escapeControlCharacters(`${product.ref}: ${what}`);
}

/** The text report: per product that changed, a headline and one line per change. */
export function formatDiffText(reported: ReportedProduct[]): string[] {
  return reported
    .filter(r => r.product.status !== 'unchanged')
    .flatMap(r => [
      headline(r),
      ...bySeverity(r.product.diff.changes).map(c =>
        formatChange(c, r.locations.get(c)),
      ),
    ]);
}

/** `--format json`: each product's diff, each change with the file, line and column to look at. */
export function formatDiffJson(reported: ReportedProduct[]): string {
  const rows = reported.map(({ product, locations }) => {
    const placed = (c: DataProductChange) => ({ ...c, ...locations.get(c) });
    return {
      product: product.ref,
      status: product.status,
      file: (product.now ?? product.old)!.chunk.file.name,
      changes: product.diff.changes.map(placed),
      unversioned: product.diff.unversioned.map(placed),
    };
  });
  return JSON.stringify(rows, null, 2);
}

/** `meshwork diff: 5 data products (1 changed, 4 unchanged); 3 changes: 1 breaking, 2 compatible` */
export function formatDiffSummary(reported: ReportedProduct[]): string {
  const statuses = ['changed', 'unchanged', 'added', 'removed'] as const;
  const byStatus = statuses
    .map(s => [s, reported.filter(r => r.product.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const changes = reported.flatMap(r => r.product.diff.changes);
  const bySeverityCount = ORDER.map(
    s => [s, changes.filter(c => c.severity === s).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const unversioned = reported.flatMap(r => r.product.diff.unversioned).length;
  return [
    `meshwork diff: ${counted(
      reported.length,
      'data product',
    )} (${byStatus.join(', ')})`,
    changes.length
      ? `${counted(changes.length, 'change')}: ${bySeverityCount.join(', ')}`
      : 'no changes',
    ...(unversioned ? [countUnversioned(unversioned)] : []),
  ].join('; ');
}

/** What to do about breaking changes no major version allows. */
export const BUMP_HINT =
  "give each port a breaking change lands on a new major version (a new port version beside the old one, which stays, deprecated, while its readers move), or bump the product's major version";

/** A problem of the files, the linter's way: `FILE:LINE:COL: error: MESSAGE`. */
export function formatDiffProblem(problem: DiffProblem): string {
  const { file, line, column, severity, message } = problem;
  const at = line === undefined ? file : `${file}:${line}:${column}`;
  return escapeControlCharacters(`${at}: ${severity}: ${message}`);
}
