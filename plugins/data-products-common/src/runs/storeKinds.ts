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

/** How a store names its datasets, and so which key kind a dataset in it gets. */
export type StoreKind = 'relation' | 'topic' | 'path';

/** File systems and object stores: datasets are paths under a bucket or host. */
const PATH_STORES = new Set([
  's3',
  's3a',
  's3n',
  'gs',
  'gcs',
  'hdfs',
  'abfs',
  'abfss',
  'wasb',
  'wasbs',
  'adl',
  'adls',
  'azure',
  'file',
  'local',
  'dbfs',
  'oss',
  'viewfs',
  'sftp',
  'ftp',
]);

/** Message brokers: datasets are topics or streams. */
const TOPIC_STORES = new Set([
  'kafka',
  'kinesis',
  'pubsub',
  'pulsar',
  'eventhubs',
  'redpanda',
  'confluent',
]);

/**
 * Databases and warehouses, as OpenLineage namespaces and ODCS server types
 * name them: datasets are `[catalog.]schema.table` relations.
 */
const RELATION_STORES = new Set([
  'postgres',
  'postgresql',
  'redshift',
  'mysql',
  'mariadb',
  'snowflake',
  'bigquery',
  'databricks',
  'hive',
  'spark',
  'trino',
  'presto',
  'athena',
  'awsathena',
  'glue',
  'mssql',
  'sqlserver',
  'synapse',
  'oracle',
  'db2',
  'teradata',
  'clickhouse',
  'duckdb',
  'sqlite',
  'vertica',
  'dremio',
  'denodo',
  'impala',
  'cassandra',
  'crate',
  'oceanbase',
  'cloudsql',
  'informix',
  'exasol',
  'hana',
  'iceberg',
]);

/** The key kind of a store's datasets, by its scheme or type; undefined when unknown. */
export function storeKindOf(scheme: string): StoreKind | undefined {
  const name = scheme.trim().toLowerCase();
  if (PATH_STORES.has(name)) return 'path';
  if (TOPIC_STORES.has(name)) return 'topic';
  if (RELATION_STORES.has(name)) return 'relation';
  return undefined;
}

/** A dotted name of two to four identifiers (`schema.table` .. `a.b.c.d`) and no path. */
export function looksLikeRelation(name: string): boolean {
  return /^[^/\s.]+(\.[^/\s.]+){1,3}$/.test(name.trim());
}
