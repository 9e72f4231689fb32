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

// For tests only: a small repository of data products, written to a folder
// as a domain team would hold it, for the CLI to read from disk or git.

import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { main } from '../cli';

export type Json = Record<string, any>;

/** What a folder holds: a product with its contract, and products that read it. */
export interface Mesh {
  product: Json;
  /** The ODCS contract held inline by the API entity orders-contract. */
  contract: Json;
  readers: Json[];
}

export function column(name: string, rest: Json = {}): Json {
  return { name, logicalType: 'string', physicalType: 'varchar', ...rest };
}

/** orders-daily with one port, orders v1.2.0, whose contract has three columns; kpis reads it. */
export function baseMesh(): Mesh {
  return {
    product: {
      apiVersion: 'meshwork.dev/v1alpha1',
      kind: 'DataProduct',
      metadata: { name: 'orders-daily' },
      spec: {
        owner: 'group:sales-data',
        domain: 'domain:sales',
        status: 'active',
        type: 'aggregate',
        version: '1.4.0',
        outputPorts: [
          {
            name: 'orders',
            type: 'table',
            version: '1.2.0',
            contract: 'api:orders-contract',
            server: { type: 'snowflake', location: 'SALES.CURATED.ORDERS' },
            sla: { freshness: 'PT24H', availability: 99.5 },
            classification: 'internal',
          },
        ],
      },
    },
    contract: {
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: 'orders-contract',
      version: '1.2.0',
      status: 'active',
      schema: [
        {
          name: 'orders',
          physicalType: 'table',
          properties: [
            column('order_id', { required: true }),
            column('customer_id'),
            column('amount', { logicalType: 'number', physicalType: 'number' }),
          ],
        },
      ],
    },
    readers: [reader('kpis')],
  };
}

export function reader(name: string, input: Json = {}): Json {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name },
    spec: {
      owner: 'group:finance-data',
      domain: 'domain:finance',
      status: 'active',
      type: 'consumer-aligned',
      inputPorts: [
        {
          name: 'orders',
          dataProduct: 'orders-daily',
          port: 'orders',
          ...input,
        },
      ],
    },
  };
}

/** The API entity that holds a contract inline, as the example mesh does. */
export function contractApi(contract: Json, name = 'orders-contract'): Json {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name },
    spec: {
      type: 'odcs',
      lifecycle: 'production',
      owner: 'group:sales-data',
      definition: stringify(contract),
    },
  };
}

/** Documents as one multi-document YAML file. */
export function yamlFile(documents: Json[]): string {
  return documents.map(d => stringify(d)).join('---\n');
}

/** catalog-info.yaml (the product and its contract's API) and readers/catalog-info.yaml. */
export function writeMesh(dir: string, mesh: Mesh): void {
  fs.mkdirSync(path.join(dir, 'readers'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'catalog-info.yaml'),
    yamlFile([mesh.product, contractApi(mesh.contract)]),
  );
  fs.writeFileSync(
    path.join(dir, 'readers', 'catalog-info.yaml'),
    yamlFile(mesh.readers),
  );
}

/** The 1-based line of the first line of a file holding `text`. */
export function lineOf(file: string, text: string): number {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex(line => line.includes(text));
  if (index < 0) throw new Error(`${text} is not in ${file}`);
  return index + 1;
}

/** `meshwork diff ARGS`, with only the environment given. */
export async function runDiff(
  args: string[],
  env: Record<string, string> = {},
) {
  let stdout = '';
  let stderr = '';
  const code = await main(['diff', ...args], {
    stdout: text => (stdout += text),
    stderr: text => (stderr += text),
    env,
  });
  return { code, stdout, stderr };
}
