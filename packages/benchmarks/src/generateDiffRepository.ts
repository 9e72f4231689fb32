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

import { SeededRandom } from './SeededRandom';

/** A side of the diff: files by their path in the repository. */
export type RepositoryFiles = Record<string, string>;

/** A side as data, for timing the engine without reading files. */
export interface GeneratedSide {
  files: RepositoryFiles;
  product: Record<string, any>;
  /** Each port's ODCS contract, by its API entity's ref. */
  contracts: Array<{ ref: string; contract: Record<string, any> }>;
  readers: Array<Record<string, any>>;
}

export interface DiffRepositoryOptions {
  ports: number;
  columns: number;
  /** Ports whose contract NEW changes (a column removed, added, retyped…). */
  changedContracts: number;
  /** NEW changes every contract's text (its version), so no contract is the same in both. */
  everyContractTouched?: boolean;
}

const TYPES = [
  ['string', 'varchar(64)'],
  ['integer', 'bigint'],
  ['number', 'decimal(18,2)'],
  ['date', 'date'],
  ['timestamp', 'timestamp_ntz'],
  ['boolean', 'boolean'],
] as const;

type Column = { name: string; type: number; required: boolean };

type Port = { port: number; version: string; freshness: string };

type Contract = { port: number; version: string; columns: Column[] };

const pad = (n: number) => String(n).padStart(3, '0');

function columnText({ name, type, required }: Column, table: string): string {
  const [logical, physical] = TYPES[type];
  return [
    `          - name: ${name}`,
    `            logicalType: ${logical}`,
    `            physicalType: ${physical}`,
    `            required: ${required}`,
    `            description: ${name} of ${table}, as the warehouse loads it.`,
  ].join('\n');
}

/** The API entity holding a port's ODCS v3.1.0 contract inline, as the example mesh does. */
function contractApi(port: number, version: string, columns: Column[]): string {
  const table = `table_${pad(port)}`;
  return [
    'apiVersion: backstage.io/v1alpha1',
    'kind: API',
    'metadata:',
    `  name: warehouse-${pad(port)}`,
    'spec:',
    '  type: odcs',
    '  lifecycle: production',
    '  owner: group:warehouse-team',
    '  definition: |',
    '    apiVersion: v3.1.0',
    '    kind: DataContract',
    `    id: warehouse-${pad(port)}`,
    `    version: ${version}`,
    '    status: active',
    '    schema:',
    `      - name: ${table}`,
    '        physicalType: table',
    '        properties:',
    ...columns.map(c => columnText(c, table)),
  ].join('\n');
}

function portText(port: number, version: string, freshness: string): string {
  return [
    `    - name: table-${pad(port)}`,
    '      type: table',
    `      version: ${version}`,
    `      contract: api:warehouse-${pad(port)}`,
    '      server:',
    '        type: snowflake',
    `        location: WAREHOUSE.CURATED.TABLE_${pad(port)}`,
    '      sla:',
    `        freshness: ${freshness}`,
    '        availability: 99.5',
    '      classification: internal',
  ].join('\n');
}

function productText(ports: string[]): string {
  return [
    'apiVersion: meshwork.dev/v1alpha1',
    'kind: DataProduct',
    'metadata:',
    '  name: warehouse',
    'spec:',
    '  owner: group:warehouse-team',
    '  domain: domain:finance',
    '  status: active',
    '  type: aggregate',
    '  version: 3.0.0',
    '  outputPorts:',
    ...ports,
  ].join('\n');
}

/** Products that read a few ports each, so findings name their readers. */
function generateReaders(ports: number, random: SeededRandom) {
  const all = Array.from({ length: ports }, (_, i) => i);
  const entities = Array.from({ length: 20 }, (_, r) => ({
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: `report-${pad(r)}` },
    spec: {
      owner: 'group:finance-data',
      domain: 'domain:finance',
      status: 'active',
      type: 'consumer-aligned',
      inputPorts: random.sample(all, 5).map(p => ({
        name: `table-${pad(p)}`,
        dataProduct: 'warehouse',
        port: `table-${pad(p)}`,
      })),
    },
  }));
  const text = entities
    .map(({ metadata, spec }) =>
      [
        'apiVersion: meshwork.dev/v1alpha1',
        'kind: DataProduct',
        'metadata:',
        `  name: ${metadata.name}`,
        'spec:',
        `  owner: ${spec.owner}`,
        `  domain: ${spec.domain}`,
        `  status: ${spec.status}`,
        `  type: ${spec.type}`,
        '  inputPorts:',
        ...spec.inputPorts.flatMap(input => [
          `    - name: ${input.name}`,
          `      dataProduct: ${input.dataProduct}`,
          `      port: ${input.port}`,
        ]),
      ].join('\n'),
    )
    .join('\n---\n');
  return { text, entities };
}

/** What NEW does to a changed port's columns, in turn. */
const CONTRACT_CHANGES: Array<(columns: Column[]) => void> = [
  columns => columns.splice(7, 1),
  columns => columns.push({ name: 'added_later', type: 0, required: false }),
  columns => (columns[3] = { ...columns[3], type: (columns[3].type + 1) % 6 }),
  columns => (columns[5] = { ...columns[5], required: true }),
  columns => (columns[9] = { ...columns[9], name: `${columns[9].name}_v2` }),
];

function odcsContract({ port, version, columns }: Contract) {
  const table = `table_${pad(port)}`;
  return {
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id: `warehouse-${pad(port)}`,
    version,
    status: 'active',
    schema: [
      {
        name: table,
        physicalType: 'table',
        properties: columns.map(({ name, type, required }) => ({
          name,
          logicalType: TYPES[type][0],
          physicalType: TYPES[type][1],
          required,
          description: `${name} of ${table}, as the warehouse loads it.`,
        })),
      },
    ],
  };
}

function outputPort({ port, version, freshness }: Port) {
  return {
    name: `table-${pad(port)}`,
    type: 'table',
    version,
    contract: `api:warehouse-${pad(port)}`,
    server: {
      type: 'snowflake',
      location: `WAREHOUSE.CURATED.TABLE_${pad(port)}`,
    },
    sla: { freshness, availability: 99.5 },
    classification: 'internal',
  };
}

function side(
  ports: Port[],
  contracts: Contract[],
  readers: { text: string; entities: Array<Record<string, any>> },
): GeneratedSide {
  return {
    files: {
      'catalog-info.yaml': `${productText(
        ports.map(p => portText(p.port, p.version, p.freshness)),
      )}\n`,
      'contracts.yaml': `${contracts
        .map(c => contractApi(c.port, c.version, c.columns))
        .join('\n---\n')}\n`,
      'readers/catalog-info.yaml': `${readers.text}\n`,
    },
    product: {
      apiVersion: 'meshwork.dev/v1alpha1',
      kind: 'DataProduct',
      metadata: { name: 'warehouse' },
      spec: {
        owner: 'group:warehouse-team',
        domain: 'domain:finance',
        status: 'active',
        type: 'aggregate',
        version: '3.0.0',
        outputPorts: ports.map(outputPort),
      },
    },
    contracts: contracts.map(c => ({
      ref: `api:default/warehouse-${pad(c.port)}`,
      contract: odcsContract(c),
    })),
    readers: readers.entities,
  };
}

/**
 * Two versions of a repository holding one product with `ports` output
 * ports, each with a `columns`-column contract, and 20 products reading a
 * few ports each. NEW changes some contracts, weakens three ports'
 * freshness and gives one port a new major version: a pull request's diff.
 */
export function generateDiffRepository(options: DiffRepositoryOptions): {
  old: GeneratedSide;
  now: GeneratedSide;
} {
  const random = new SeededRandom(18);
  const portNumbers = Array.from({ length: options.ports }, (_, i) => i);
  const changed = new Set(random.sample(portNumbers, options.changedContracts));
  const weakened = new Set(random.sample(portNumbers, 3));
  const [bumped] = random.sample(portNumbers, 1);
  const old = { ports: [] as Port[], contracts: [] as Contract[] };
  const now = { ports: [] as Port[], contracts: [] as Contract[] };
  let turn = 0;
  for (const port of portNumbers) {
    const columns: Column[] = Array.from(
      { length: options.columns },
      (_, c) => ({
        name: `col_${pad(c)}`,
        type: random.int(0, TYPES.length - 1),
        required: random.chance(0.3),
      }),
    );
    const version = `1.${random.int(0, 9)}.${random.int(0, 9)}`;
    const next = columns.map(c => ({ ...c }));
    if (changed.has(port)) {
      CONTRACT_CHANGES[turn++ % CONTRACT_CHANGES.length](next);
    }
    if (port === bumped) next.splice(0, 1);
    const newVersion = port === bumped ? '2.0.0' : version;
    old.ports.push({ port, version, freshness: 'PT24H' });
    old.contracts.push({ port, version, columns });
    now.ports.push({
      port,
      version: newVersion,
      freshness: weakened.has(port) ? 'P2D' : 'PT24H',
    });
    now.contracts.push({
      port,
      version:
        port === bumped || !options.everyContractTouched
          ? newVersion
          : `${version}-1`,
      columns: next,
    });
  }
  const readers = generateReaders(options.ports, random);
  return {
    old: side(old.ports, old.contracts, readers),
    now: side(now.ports, now.contracts, readers),
  };
}
