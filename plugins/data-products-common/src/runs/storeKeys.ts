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

import { SCHEME, datasetKeys } from './datasetKeys';
import { looksLikeRelation, storeKindOf } from './storeKinds';
import { lookup } from './values';

/** Joins an OpenLineage file namespace (`s3://bucket`, `file`) and name into one URI. */
function fileUri(namespace: string, name: string): string {
  const base = namespace.trim().replace(/\/+$/, '');
  const path = name.trim().replace(/^\/+/, '');
  if (!base.includes('://') && /^[a-z][a-z0-9+.-]*$/i.test(base)) {
    // `file` + `/tmp/x` (a namespace without authority) is `file:///tmp/x`.
    return `${base}:///${path}`;
  }
  return `${base}/${path}`;
}

/**
 * The keys of an OpenLineage dataset: its `openlineage:` key, and by its
 * namespace's scheme (OpenLineage's naming conventions) a `relation:` key for
 * database namespaces (`postgres://host:5432` + `db.schema.table`,
 * `bigquery` + `project.dataset.table`, AWS Glue's `table/db/table`), a
 * `topic:` key for Kafka and other brokers, or a `path:` key for file
 * systems and object stores (`s3://bucket` + `key` → `path:s3://bucket/key`).
 * A namespace of an unknown scheme whose name reads like `schema.table`
 * gets a `relation:` key too.
 * @public
 */
export function openLineageDatasetKeys(
  namespace: string,
  name: string,
): string[] {
  const keys = [datasetKeys.openLineage(namespace, name)];
  const scheme = SCHEME.exec(namespace.trim())?.[1] ?? namespace.trim();
  if (/^arn:aws:glue:/i.test(namespace) && /^table\//i.test(name)) {
    keys.push(datasetKeys.relation(name.split('/').slice(1).join('.')));
    return keys;
  }
  const kind = storeKindOf(scheme);
  if (kind === 'path') keys.push(datasetKeys.path(fileUri(namespace, name)));
  else if (kind === 'topic') keys.push(datasetKeys.topic(name));
  else if (kind === 'relation' || looksLikeRelation(name)) {
    keys.push(datasetKeys.relation(name));
  }
  return keys;
}

/** The scheme a path-kind port's location gets when it has none (`bucket/prefix` of an s3 port). */
const DEFAULT_SCHEMES: Record<string, string> = {
  gcs: 'gs',
  local: 'file',
};

/** The segments of a location after its scheme and host, if it has them. */
function segmentsAfterHost(location: string): string[] {
  const hadScheme = location.includes('://');
  const rest = hadScheme
    ? location.slice(location.indexOf('://') + 3)
    : location;
  const segments = rest
    .replace(/[?#].*$/, '')
    .split('/')
    .filter(segment => segment !== '');
  // A first segment with a port or a dot before a slash is a host:
  // `example-prod.snowflakecomputing.com/SALES/ORDERS/LINES`, `kafka:9092/topic`.
  const hasHost =
    segments.length > 1 && (hadScheme || /[:.]/.test(segments[0]));
  return hasHost ? segments.slice(1) : segments;
}

/**
 * The keys a port's `server` is matched by: `relation:` for databases and
 * warehouses (`postgres://host:5432/db/schema.table`,
 * `account.snowflakecomputing.com/DB/SCHEMA/TABLE`, `project.dataset.table`
 * all give `relation:db.schema.table`), `topic:` for Kafka and other brokers
 * (`kafka-prod:9092/sales.orders.v1` gives `topic:sales.orders.v1`), `path:`
 * for object stores and file systems (`s3://bucket/prefix/`). An http(s)
 * location (a dashboard, an API) gives no key.
 * @public
 */
export function portServerKeys(server: {
  type: string;
  location: string;
}): string[] {
  const type = server.type.trim().toLowerCase();
  const location = server.location.trim();
  if (location === '' || /^https?:\/\//i.test(location)) return [];
  const kind = storeKindOf(type) ?? 'relation';
  if (kind === 'path') {
    const uri = location.includes('://')
      ? location
      : `${lookup(DEFAULT_SCHEMES, type) ?? type}://${location.replace(
          /^\/+/,
          '',
        )}`;
    return [datasetKeys.path(uri)];
  }
  const segments = segmentsAfterHost(location);
  if (segments.length === 0) return [];
  if (kind === 'topic') return [datasetKeys.topic(segments.join('/'))];
  return [datasetKeys.relation(segments.join('.'))];
}

/**
 * Whether a port's key matches a dataset's key: equal keys; a `path:` under
 * the port's path (`path:s3://bucket/prefix` matches
 * `path:s3://bucket/prefix/part-0.parquet`); or `relation:` keys of which the
 * shorter, of at least `schema.table`, ends the longer (a port's
 * `jaffle_shop.orders` matches `analytics.jaffle_shop.orders`, a Hive
 * `default.tbl1` matches `spark_catalog.default.tbl1`).
 * @public
 */
export function datasetKeyMatches(
  portKey: string,
  datasetKey: string,
): boolean {
  if (portKey === datasetKey) return true;
  if (portKey.startsWith('path:') && datasetKey.startsWith('path:')) {
    return datasetKey.startsWith(`${portKey}/`);
  }
  if (portKey.startsWith('relation:') && datasetKey.startsWith('relation:')) {
    const [shorter, longer] =
      portKey.length <= datasetKey.length
        ? [portKey, datasetKey]
        : [datasetKey, portKey];
    const tail = shorter.slice('relation:'.length);
    return tail.includes('.') && longer.endsWith(`.${tail}`);
  }
  return false;
}
