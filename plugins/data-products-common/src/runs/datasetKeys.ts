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

/**
 * The keys a tool's dataset and a product's port are matched by. Tools name
 * the same table differently (dbt `"analytics"."jaffle_shop"."orders"`,
 * OpenLineage `postgres://db:5432` + `analytics.jaffle_shop.orders`, a port's
 * `server.location` `postgres://db:5432/analytics/jaffle_shop.orders`), so
 * each is reduced to the same lowercase key here, and nowhere else.
 */

import { lookup } from './values';

/** Quotes, backticks and brackets around identifiers, as SQL dialects write them. */
const IDENTIFIER_QUOTES = /["`[\]]/g;

/** The part of a URI before `://`, or of a namespace like `bigquery` the whole of it. */
export const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export function relationName(name: string): string {
  return name
    .replace(IDENTIFIER_QUOTES, '')
    .split('.')
    .map(part => part.trim())
    .filter(part => part !== '')
    .join('.')
    .toLowerCase();
}

/** Schemes that name the same store differently (Hadoop's s3a/s3n, gcs for gs). */
const SCHEME_ALIASES: Record<string, string> = {
  s3a: 's3',
  s3n: 's3',
  gcs: 'gs',
};

export function pathName(uri: string): string {
  let text = uri.trim().toLowerCase();
  const scheme = SCHEME.exec(text)?.[1];
  const alias = scheme && lookup(SCHEME_ALIASES, scheme);
  if (alias) text = `${alias}${text.slice(scheme.length)}`;
  // `file:/tmp/x` (Spark's symlinks) and `file:///tmp/x` are the same file.
  text = text.replace(/^file:\/(?!\/)/, 'file:///');
  const start = text.indexOf('://');
  const head = start >= 0 ? text.slice(0, start + 3) : '';
  const rest = (start >= 0 ? text.slice(start + 3) : text).replace(
    /\/{2,}/g,
    '/',
  );
  return `${head}${rest}`.replace(/\/+$/, '');
}

/**
 * Builders of dataset keys, one per kind; every key is lowercase.
 * @public
 */
export const datasetKeys = {
  /** A table or view: `relation:db.schema.table`, quotes and backticks stripped. */
  relation: (name: string): string => `relation:${relationName(name)}`,
  /** A message topic: `topic:sales.orders.v1`. */
  topic: (name: string): string => `topic:${name.trim().toLowerCase()}`,
  /** A file or object-store location: `path:s3://bucket/prefix`, no trailing slash. */
  path: (uri: string): string => `path:${pathName(uri)}`,
  /** A dbt node: `dbt:model.jaffle_shop.orders`. */
  dbt: (uniqueId: string): string => `dbt:${uniqueId.trim().toLowerCase()}`,
  /** An OpenLineage dataset: `openlineage:<namespace>/<name>`. */
  openLineage: (namespace: string, name: string): string =>
    `openlineage:${namespace.trim().toLowerCase()}/${name
      .trim()
      .toLowerCase()}`,
  /** An OpenLineage job, for checks a run reports without naming a dataset. */
  openLineageJob: (namespace: string, name: string): string =>
    `openlineage-job:${namespace.trim().toLowerCase()}/${name
      .trim()
      .toLowerCase()}`,
  /** A Great Expectations suite: `gx:<suite name>`. */
  gxSuite: (suite: string): string => `gx:${suite.trim().toLowerCase()}`,
  /** A data contract: `datacontract:<id>`. */
  dataContract: (id: string): string =>
    `datacontract:${id.trim().toLowerCase()}`,
  /** An output port as a data contract run names it: `port:<dataProductId>/<outputPortId>`. */
  port: (dataProductId: string, outputPortId: string): string =>
    `port:${dataProductId.trim().toLowerCase()}/${outputPortId
      .trim()
      .toLowerCase()}`,
};
