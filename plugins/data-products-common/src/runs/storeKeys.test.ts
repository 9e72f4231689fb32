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

import { datasetKeys } from './datasetKeys';
import {
  datasetKeyMatches,
  openLineageDatasetKeys,
  portServerKeys,
} from './storeKeys';

describe('datasetKeys', () => {
  it('strips the quotes each SQL dialect puts around a relation, and lowercases', () => {
    expect(datasetKeys.relation('"analytics"."jaffle_shop"."orders"')).toBe(
      'relation:analytics.jaffle_shop.orders',
    );
    expect(datasetKeys.relation('`proj`.`ds`.`orders`')).toBe(
      'relation:proj.ds.orders',
    );
    expect(datasetKeys.relation('[dwh].[dbo].[Orders]')).toBe(
      'relation:dwh.dbo.orders',
    );
    expect(datasetKeys.relation('SALES.ORDERS_RAW.ORDER_LINES')).toBe(
      'relation:sales.orders_raw.order_lines',
    );
  });

  it('writes a path once: no trailing slash, s3a as s3, file:/x as file:///x', () => {
    expect(datasetKeys.path('s3://Bucket/audiences/')).toBe(
      'path:s3://bucket/audiences',
    );
    expect(datasetKeys.path('s3a://bucket//a/b')).toBe('path:s3://bucket/a/b');
    expect(datasetKeys.path('file:/tmp/cll_test')).toBe(
      'path:file:///tmp/cll_test',
    );
  });
});

describe('openLineageDatasetKeys', () => {
  it.each([
    [
      'postgres://postgres:5432',
      'postgres.public.customers',
      'relation:postgres.public.customers',
    ],
    [
      'bigquery',
      'mock-project.test.upload',
      'relation:mock-project.test.upload',
    ],
    [
      'snowflake://org-account',
      'SALES.ORDERS_RAW.ORDER_LINES',
      'relation:sales.orders_raw.order_lines',
    ],
    ['hive://metastore:9083', 'default.tbl1', 'relation:default.tbl1'],
    [
      'arn:aws:glue:eu-west-1:123456789012',
      'table/sales/orders',
      'relation:sales.orders',
    ],
    [
      'kafka://kafka-prod.example.com:9092',
      'sales.orders.cdc.v1',
      'topic:sales.orders.cdc.v1',
    ],
    ['gs://mock-bucket', 'copied.csv', 'path:gs://mock-bucket/copied.csv'],
    [
      's3://example-marketing-activation',
      '/audiences/part-0.parquet',
      'path:s3://example-marketing-activation/audiences/part-0.parquet',
    ],
    ['file', '/tmp/cll_test/tbl1', 'path:file:///tmp/cll_test/tbl1'],
    ['sqlite', 'transactions', 'relation:transactions'],
    ['some-warehouse://host', 'db.schema.table', 'relation:db.schema.table'],
  ])('%s + %s → %s', (namespace, name, key) => {
    const keys = openLineageDatasetKeys(namespace, name);
    expect(keys[0]).toBe(
      `openlineage:${namespace.toLowerCase()}/${name.toLowerCase()}`,
    );
    expect(keys[1]).toBe(key);
  });

  it('gives no other key when the namespace is unknown and the name is no relation', () => {
    expect(openLineageDatasetKeys('custom', 'some/thing')).toEqual([
      'openlineage:custom/some/thing',
    ]);
  });
});

describe('portServerKeys', () => {
  it.each([
    [
      'snowflake',
      'example-prod.snowflakecomputing.com/SALES/ORDERS_RAW/ORDER_LINES',
      ['relation:sales.orders_raw.order_lines'],
    ],
    [
      'postgres',
      'postgres://pg-crm-legacy.example.com:5432/crm_export/public.opportunities',
      ['relation:crm_export.public.opportunities'],
    ],
    [
      'bigquery',
      'meshwork-prod.web_analytics.sessions_daily',
      ['relation:meshwork-prod.web_analytics.sessions_daily'],
    ],
    [
      'databricks',
      'dbc-logistics-prod.cloud.databricks.com/logistics.gold.delivery_performance_daily',
      ['relation:logistics.gold.delivery_performance_daily'],
    ],
    [
      'kafka',
      'kafka-prod.example.com:9092/sales.orders.cdc.v1',
      ['topic:sales.orders.cdc.v1'],
    ],
    ['kafka', 'sales.orders.cdc.v1', ['topic:sales.orders.cdc.v1']],
    [
      's3',
      's3://example-marketing-activation/audiences/',
      ['path:s3://example-marketing-activation/audiences'],
    ],
    ['s3', 'example-bucket/prefix', ['path:s3://example-bucket/prefix']],
    ['gcs', 'example-bucket/prefix', ['path:gs://example-bucket/prefix']],
    ['looker', 'https://looker.example.com/dashboards/412', []],
  ])('%s %s', (type, location, keys) => {
    expect(portServerKeys({ type, location })).toEqual(keys);
  });
});

describe('datasetKeyMatches', () => {
  it('matches equal keys, files under a port path, and relations that end alike', () => {
    expect(datasetKeyMatches('topic:a.b', 'topic:a.b')).toBe(true);
    expect(
      datasetKeyMatches(
        'path:s3://bucket/audiences',
        'path:s3://bucket/audiences/part-0.parquet',
      ),
    ).toBe(true);
    expect(
      datasetKeyMatches(
        'path:s3://bucket/audiences',
        'path:s3://bucket/audiences-old/x',
      ),
    ).toBe(false);
    expect(
      datasetKeyMatches(
        'relation:jaffle_shop.orders',
        'relation:analytics.jaffle_shop.orders',
      ),
    ).toBe(true);
    expect(
      datasetKeyMatches(
        'relation:spark_catalog.default.tbl1',
        'relation:default.tbl1',
      ),
    ).toBe(true);
    expect(
      datasetKeyMatches(
        'relation:orders',
        'relation:analytics.jaffle_shop.orders',
      ),
    ).toBe(false);
    expect(
      datasetKeyMatches(
        'relation:x.jaffle_shop.orders',
        'relation:analytics.jaffle_shop.orders',
      ),
    ).toBe(false);
    expect(datasetKeyMatches('topic:orders', 'relation:orders')).toBe(false);
  });
});
