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
 * dbt's manifest nodes and run results, with the fields dbt 1.8 writes
 * (manifest v12, run_results v6), as in `examples/runs/dbt-*`: what the
 * reader uses (unique_id, relation_name, attached_node, depends_on,
 * test_metadata, status, timing, failures, message) and the rest of a
 * node's bulk, so that a generated run weighs what a real one does.
 */

export const DBT_PROJECT = 'meshwork_mesh';

const NODE_BULK = {
  tags: [],
  description: '',
  meta: {},
  group: null,
  docs: { show: true, node_color: null },
  patch_path: null,
  build_path: null,
  created_at: 1733540000.0,
  language: 'sql',
  sources: [],
  metrics: [],
  compiled_path: null,
  contract: { enforced: false, alias_types: true, checksum: null },
};

const MODEL_CONFIG = {
  enabled: true,
  alias: null,
  schema: null,
  database: null,
  tags: [],
  meta: {},
  group: null,
  materialized: 'table',
  incremental_strategy: null,
  persist_docs: {},
  'post-hook': [],
  'pre-hook': [],
  quoting: {},
  column_types: {},
  full_refresh: null,
  unique_key: null,
  on_schema_change: 'ignore',
  on_configuration_change: 'apply',
  grants: {},
  packages: [],
  docs: { show: true, node_color: null },
  contract: { enforced: false, alias_types: true },
  access: 'protected',
};

export interface DbtModel {
  name: string;
  uniqueId: string;
  database: string;
  schema: string;
  alias: string;
  relationName: string;
  columns: string[];
}

export function modelNode(model: DbtModel, checksum: string) {
  return {
    database: model.database,
    schema: model.schema,
    name: model.name,
    resource_type: 'model',
    package_name: DBT_PROJECT,
    path: `marts/${model.name}.sql`,
    original_file_path: `models/marts/${model.name}.sql`,
    unique_id: model.uniqueId,
    fqn: [DBT_PROJECT, 'marts', model.name],
    alias: model.alias,
    checksum: { name: 'sha256', checksum },
    config: MODEL_CONFIG,
    ...NODE_BULK,
    columns: Object.fromEntries(
      model.columns.map(column => [
        column,
        {
          name: column,
          description: `The ${column.replace(/_/g, ' ')}.`,
          meta: {},
          data_type: null,
          constraints: [],
          quote: null,
          tags: [],
        },
      ]),
    ),
    unrendered_config: { materialized: 'table' },
    relation_name: model.relationName,
    raw_code: 'select 1',
    refs: [],
    depends_on: { macros: [], nodes: [] },
    access: 'protected',
    constraints: [],
    version: null,
    latest_version: null,
    deprecation_date: null,
  };
}

export interface DbtTest {
  /** not_null, unique, accepted_values, relationships. */
  type: string;
  name: string;
  uniqueId: string;
  column: string;
  model: DbtModel;
  /** The model a relationships test looks up. */
  refersTo?: DbtModel;
}

export function testNode(test: DbtTest) {
  const { model, refersTo } = test;
  const models = refersTo ? [model, refersTo] : [model];
  return {
    database: model.database,
    schema: `${model.schema}_dbt_test__audit`,
    name: test.name,
    resource_type: 'test',
    package_name: DBT_PROJECT,
    path: `${test.name}.sql`,
    original_file_path: `models/marts/${model.name}.yml`,
    unique_id: test.uniqueId,
    fqn: [DBT_PROJECT, 'marts', test.name],
    alias: test.name,
    checksum: { name: 'none', checksum: '' },
    config: {
      enabled: true,
      alias: null,
      schema: 'dbt_test__audit',
      database: null,
      tags: [],
      meta: {},
      group: null,
      materialized: 'test',
      severity: 'ERROR',
      store_failures: null,
      store_failures_as: null,
      where: null,
      limit: null,
      fail_calc: 'count(*)',
      warn_if: '!= 0',
      error_if: '!= 0',
    },
    ...NODE_BULK,
    columns: {},
    unrendered_config: {},
    relation_name: null,
    raw_code: `{{ test_${test.type}(**_dbt_generic_test_kwargs) }}`,
    refs: models.map(m => ({ name: m.name, package: null, version: null })),
    depends_on: {
      macros: [`macro.dbt.test_${test.type}`],
      nodes: models.map(m => m.uniqueId),
    },
    column_name: test.column,
    file_key_name: `models.${model.name}`,
    attached_node: model.uniqueId,
    test_metadata: {
      name: test.type,
      kwargs: {
        column_name: test.column,
        model: `{{ get_where_subquery(ref('${model.name}')) }}`,
        ...(refersTo && { to: `ref('${refersTo.name}')`, field: 'id' }),
      },
      namespace: null,
    },
  };
}
