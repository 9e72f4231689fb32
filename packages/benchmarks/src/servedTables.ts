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

import { stringifyEntityRef } from '@backstage/catalog-model';
import type { GeneratedMesh } from './generateMesh';

/** An output port served from a warehouse table, as a pipeline writes it. */
export interface ServedTable {
  entityRef: string;
  product: string;
  port: string;
  /** The warehouse: `bigquery` or `snowflake`, the generated ports' table servers. */
  warehouse: 'bigquery' | 'snowflake';
  /** The port's table as its server names it: `<product>.<suffix>`, under the `prod` database. */
  schema: string;
  table: string;
}

/**
 * The generated mesh's ports served as warehouse tables (the port
 * generator's `bigquery://prod/<product>/<suffix>` and
 * `snowflake://prod/<product>/<suffix>`), in product order. Every other
 * one is built by dbt, the rest by jobs that report through OpenLineage:
 * a mesh where some teams use dbt and others Airflow or Spark, and each
 * port has one pipeline, so each source's effect on a scorecard is its own.
 */
export function servedTables(mesh: GeneratedMesh) {
  const tables: ServedTable[] = [];
  for (const product of mesh.products) {
    for (const port of product.spec.outputPorts ?? []) {
      const warehouse = port.server?.type;
      if (warehouse !== 'bigquery' && warehouse !== 'snowflake') continue;
      const [schema, table] = port.server!.location.split('/').slice(-2);
      tables.push({
        entityRef: stringifyEntityRef(product),
        product: product.metadata.name,
        port: port.name,
        warehouse,
        schema,
        table,
      });
    }
  }
  return {
    all: tables,
    dbt: tables.filter((_, i) => i % 2 === 0),
    openLineage: tables.filter((_, i) => i % 2 === 1),
  };
}
