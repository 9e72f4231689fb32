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

import { makeValidator } from '@backstage/catalog-model';
import type { JsonValue } from '@backstage/types';
import kindSchema from '../entity/DataProduct.v1alpha1.schema.json';
import { DATA_PRODUCT_STATUSES } from '../entity';
import type {
  DataProductStatus,
  DataProductType,
  ManagementPort,
  OutputPortType,
  SupportChannel,
} from '../entity';

// How ODPS's free-form values read as the kind's closed lists, and back. A
// value that reads as none is not guessed at: the importer keeps it as it
// is, in ODPS form, for the export to put back.

const specFields = kindSchema.properties.spec.properties;
const semver = new RegExp(specFields.version.pattern);
const entityRef = new RegExp(specFields.owner.pattern);
const dnsLabel = new RegExp(
  specFields.outputPorts.items.properties.name.pattern,
);
const backstage = makeValidator();

function oneOf<T extends string>(values: readonly T[]) {
  return (value: JsonValue | undefined): T | undefined =>
    typeof value === 'string'
      ? values.find(v => v === value.toLocaleLowerCase('en-US'))
      : undefined;
}

/** `Active` → `active`; an unknown status reads as `draft` (its text is kept). */
export function statusFromOdps(
  value: JsonValue | undefined,
): DataProductStatus {
  return oneOf<DataProductStatus>(DATA_PRODUCT_STATUSES)(value) ?? 'draft';
}

const productTypes: Record<string, DataProductType> = {
  sourcealigned: 'source-aligned',
  aggregate: 'aggregate',
  consumeraligned: 'consumer-aligned',
};

/** `sourceAligned` (ODPS) or `source-aligned` → `source-aligned`. */
export function productTypeFromOdps(
  value: JsonValue | undefined,
): DataProductType | undefined {
  return typeof value === 'string'
    ? productTypes[value.toLocaleLowerCase('en-US').replace(/[^a-z]/g, '')]
    : undefined;
}

/** `source-aligned` → `sourceAligned`, ODPS's spelling. */
export function productTypeToOdps(type: DataProductType): string {
  return type.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

const portTypes = oneOf<OutputPortType>([
  'table',
  'view',
  'topic',
  'file',
  'api',
  'dashboard',
  'model',
  'other',
]);

/** `table`, `Tables` → `table`. */
export function portTypeFromOdps(
  value: JsonValue | undefined,
): OutputPortType | undefined {
  return (
    portTypes(value) ??
    (typeof value === 'string'
      ? portTypes(value.replace(/s$/i, ''))
      : undefined)
  );
}

/** `Slack` → `slack`. */
export const supportToolFromOdps = oneOf<NonNullable<SupportChannel['tool']>>([
  'slack',
  'teams',
  'email',
  'ticket',
  'other',
]);

/** `Observability` → `observability`. */
export const managementContentFromOdps = oneOf<ManagementPort['content']>([
  'discoverability',
  'observability',
  'control',
  'dictionary',
]);

/**
 * A name as a port (or entity) name: kept when already a DNS label, else
 * lower-cased with runs of other characters as `-` (`Processed Data` →
 * `processed-data`). `undefined` when nothing is left.
 */
export function nameFromOdps(value: JsonValue | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (dnsLabel.test(value)) return value;
  const slug = value
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '');
  return slug || undefined;
}

/** A version the kind accepts (semver, a leading `v` allowed). */
export function versionFromOdps(
  value: JsonValue | undefined,
): string | undefined {
  return typeof value === 'string' && semver.test(value) ? value : undefined;
}

/** An ODPS username or team name that the kind can hold as an entity ref. */
export function entityRefFromOdps(
  value: JsonValue | undefined,
): string | undefined {
  return typeof value === 'string' && entityRef.test(value) ? value : undefined;
}

/** A text the kind accepts where it asks for a non-empty string. */
export function textFromOdps(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Any text, the empty one too. */
export function stringFromOdps(
  value: JsonValue | undefined,
): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function booleanFromOdps(
  value: JsonValue | undefined,
): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** A port's tags, if the kind takes them all (no empty one). */
export function tagsFromOdps(
  value: JsonValue | undefined,
): string[] | undefined {
  return Array.isArray(value) && value.every(tag => textFromOdps(tag))
    ? (value as string[])
    : undefined;
}

/** Whether the catalog accepts the text as a tag (`metadata.tags`). */
export function isCatalogTag(value: JsonValue): value is string {
  return typeof value === 'string' && backstage.isValidTag(value);
}
