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

import type { Entity } from '@backstage/catalog-model';
import type { DataProductEntityV1alpha1, OutputPort } from '../entity';
import { parseOdcsContract } from '../odcs';
import { fullExampleOdcs } from '../odcs/__fixtures__/odcsFixtures';
import { contractLookup, type DiffContract } from './contractLookup';
import { diffDataProducts } from './diffDataProducts';
import type { DataProductRevision } from './types';

type Column = {
  name: string;
  logicalType?: string;
  required?: boolean;
  classification?: string;
  tags?: string[];
};

function contract(columns: Column[], id = 'orders-contract'): DiffContract {
  const definition = JSON.stringify({
    apiVersion: 'v3.1.0',
    kind: 'DataContract',
    id,
    version: '1.0.0',
    status: 'active',
    schema: [{ name: 'orders', properties: columns }],
  });
  const parsed = parseOdcsContract(definition);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return {
    ref: `api:default/${id}`,
    contract: parsed.contract,
    source: `api:default/${id}`,
  };
}

const columns: Column[] = [
  { name: 'order_id', logicalType: 'string', required: true },
  { name: 'customer_id', logicalType: 'string' },
  { name: 'amount', logicalType: 'number' },
];

const port: OutputPort = {
  name: 'orders',
  version: '1.2.0',
  type: 'table',
  contract: 'api:orders-contract',
  server: { type: 'snowflake', location: 'SALES.CURATED.ORDERS' },
  sla: { freshness: 'PT24H', availability: 99.5 },
  classification: 'internal',
};

function product(
  ports: OutputPort[] = [port],
  spec: Partial<DataProductEntityV1alpha1['spec']> = {},
): DataProductEntityV1alpha1 {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: 'orders-daily', namespace: 'default' },
    spec: {
      owner: 'group:sales',
      domain: 'sales',
      status: 'active',
      version: '1.4.0',
      outputPorts: ports,
      ...spec,
    },
  };
}

function revision(
  entity: DataProductEntityV1alpha1,
  contracts: DiffContract[] = [contract(columns)],
): DataProductRevision {
  return { entity, contractOf: contractLookup(entity, contracts) };
}

function reader(name: string, input: Record<string, string>): Entity {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name, namespace: 'default' },
    spec: {
      inputPorts: [{ name: 'in', dataProduct: 'orders-daily', ...input }],
    },
  };
}

const summary = (r: ReturnType<typeof diffDataProducts>) =>
  r.changes.map(
    c =>
      `${c.severity} ${c.kind} ${c.field}: ${c.message}${
        c.allowedBy ? ` [${c.allowedBy}]` : ''
      }`,
  );

describe('diffDataProducts', () => {
  it('finds nothing when nothing changed, official full ODCS example included', () => {
    const full = parseOdcsContract(fullExampleOdcs);
    if (!full.ok) throw new Error('the official example should read');
    const withFull = [
      {
        ref: 'api:default/orders-contract',
        contract: full.contract,
        source: 'full',
      },
    ];
    const diff = diffDataProducts(
      revision(product(), withFull),
      revision(product(), withFull),
    );
    expect(diff).toEqual({ changes: [], unversioned: [] });
  });

  it('calls a removed column breaking, at its place in the contract, and names the readers', () => {
    const diff = diffDataProducts(
      revision(product()),
      revision(product(), [
        contract(columns.filter(c => c.name !== 'customer_id')),
      ]),
      {
        readers: [
          reader('kpis', { port: 'orders' }),
          reader('other', { port: 'elsewhere' }),
        ],
      },
    );
    expect(summary(diff)).toEqual([
      'breaking column-removed spec.outputPorts[0].contract › api:default/orders-contract › schema[0].properties[1]: column orders.customer_id was removed',
    ]);
    expect(diff.unversioned).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      port: 'orders v1.2.0',
      portKey: 'orders@1',
      readers: ['dataproduct:default/kpis'],
    });
  });

  it('classifies each kind of contract change', () => {
    const changed = contract([
      { name: 'order_id', logicalType: 'integer', required: true },
      { name: 'customer_ref', logicalType: 'string' },
      {
        name: 'amount',
        logicalType: 'number',
        required: true,
        classification: 'restricted',
      },
      { name: 'note', logicalType: 'string' },
    ]);
    expect(
      summary(
        diffDataProducts(revision(product()), revision(product(), [changed])),
      ),
    ).toEqual([
      'breaking column-renamed spec.outputPorts[0].contract › api:default/orders-contract › schema[0].properties[1]: column orders.customer_id was renamed to customer_ref',
      'compatible column-added spec.outputPorts[0].contract › api:default/orders-contract › schema[0].properties[3]: column orders.note was added',
      'breaking column-type-changed spec.outputPorts[0].contract › api:default/orders-contract › schema[0].properties[0]: column orders.order_id changed type from "string" to "integer"',
      'breaking column-made-required spec.outputPorts[0].contract › api:default/orders-contract › schema[0].properties[2]: column orders.amount is now required: writers must fill it and older rows may not',
    ]);
  });

  it('classifies each kind of port change', () => {
    const now = product([
      {
        ...port,
        type: 'view',
        server: { type: 'snowflake', location: 'SALES.CURATED.ORDERS_V' },
        sla: { freshness: 'P2D', availability: 99 },
        classification: 'public',
        containsPii: true,
        deprecated: true,
      },
    ]);
    expect(
      summary(diffDataProducts(revision(product()), revision(now))),
    ).toEqual([
      'notable port-deprecated spec.outputPorts[0].deprecated: the port version is deprecated: its readers should move to a newer one',
      'notable port-type-changed spec.outputPorts[0].type: type changed from table to view',
      'breaking server-changed spec.outputPorts[0].server.location: server.location changed from "SALES.CURATED.ORDERS" to "SALES.CURATED.ORDERS_V": readers connect elsewhere',
      'breaking sla-weakened spec.outputPorts[0].sla.freshness: sla.freshness went from PT24H to P2D: longer, a weaker promise',
      'breaking sla-weakened spec.outputPorts[0].sla.availability: sla.availability went from 99.5% to 99%: lower, a weaker promise',
      'notable classification-loosened spec.outputPorts[0].classification: classification loosened from internal to public: more people may read it',
      'breaking pii-added spec.outputPorts[0].containsPii: the port now holds personal data, yet is classified public',
    ]);
  });

  it('calls a stronger promise compatible and a tightened class breaking', () => {
    const now = product([
      {
        ...port,
        sla: { freshness: 'PT1H', availability: 99.9 },
        classification: 'restricted',
      },
    ]);
    expect(
      summary(diffDataProducts(revision(product()), revision(now))).map(
        s => s.split(':')[0],
      ),
    ).toEqual([
      'compatible sla-strengthened spec.outputPorts[0].sla.freshness',
      'compatible sla-strengthened spec.outputPorts[0].sla.availability',
      'breaking classification-tightened spec.outputPorts[0].classification',
    ]);
  });

  it('allows a break carried by a new major version of the port, naming the readers who must move', () => {
    const v2 = {
      ...port,
      version: '2.0.0',
      contract: 'api:orders-contract-v2',
    };
    const diff = diffDataProducts(
      revision(product()),
      revision(product([v2]), [
        contract(columns.slice(0, 2), 'orders-contract-v2'),
      ]),
      { readers: [reader('kpis', { port: 'orders', version: '1.0.0' })] },
    );
    expect(summary(diff)).toEqual([
      'breaking port-version-replaced spec.outputPorts[0].version: output port orders v1.2.0 was replaced by orders v2.0.0: its readers must move [port-major]',
      'breaking column-removed spec.outputPorts[0].contract › api:default/orders-contract-v2 › schema[0].properties[2]: column orders.amount was removed [port-major]',
    ]);
    expect(diff.unversioned).toEqual([]);
    expect(
      diff.changes.every(c => c.readers?.join() === 'dataproduct:default/kpis'),
    ).toBe(true);
  });

  it('keeps the old version beside a new one as two ports: the old compared with itself, the new added', () => {
    const v2 = { ...port, version: '2.0.0' };
    const diff = diffDataProducts(
      revision(product()),
      revision(product([{ ...port, deprecated: true }, v2])),
    );
    expect(summary(diff).map(s => s.split(':')[0])).toEqual([
      'notable port-deprecated spec.outputPorts[0].deprecated',
      'compatible port-added spec.outputPorts[1]',
    ]);
  });

  it('calls a removed port breaking, allowed only by a new major version of the product', () => {
    const removed = diffDataProducts(
      revision(product()),
      revision(product([])),
    );
    expect(summary(removed)).toEqual([
      'breaking port-removed spec.outputPorts[0]: output port orders v1.2.0 was removed',
    ]);
    const bumped = diffDataProducts(
      revision(product()),
      revision(product([], { version: '2.0.0' })),
    );
    expect(bumped.unversioned).toEqual([]);
    expect(bumped.changes[0].allowedBy).toBe('product-major');
  });

  it('lets anything change on a port at 0.x, as semver does', () => {
    const early = { ...port, version: '0.3.0' };
    const diff = diffDataProducts(
      revision(product([early])),
      revision(product([{ ...early, version: '0.4.0' }]), [
        contract(columns.slice(0, 1)),
      ]),
    );
    expect(diff.unversioned).toEqual([]);
    expect(diff.changes.map(c => c.allowedBy)).toEqual([
      'initial-development',
      'initial-development',
    ]);
  });

  it('reports a retired product as breaking for every reader', () => {
    const diff = diffDataProducts(
      revision(product()),
      revision(product([port], { status: 'retired' })),
      {
        readers: [reader('kpis', { port: 'orders' })],
      },
    );
    expect(summary(diff)).toEqual([
      'breaking product-retired spec.status: the product is retired: every reader loses it',
    ]);
    expect(diff.changes[0].readers).toEqual(['dataproduct:default/kpis']);
  });

  it('finds a contract by contractId when the port names no API entity', () => {
    const byId = { ...port, contract: undefined, contractId: 'c-1' };
    const held = {
      ...contract(columns, 'c-1'),
      ref: undefined,
      source: 'contracts/orders.odcs.yaml',
    };
    const diff = diffDataProducts(
      revision(product([byId]), [held]),
      revision(product([byId]), [
        {
          ...contract([], 'c-1'),
          ref: undefined,
          source: 'contracts/orders.odcs.yaml',
        },
      ]),
    );
    expect(diff.changes.map(c => c.field)).toEqual([
      'spec.outputPorts[0].contract › contracts/orders.odcs.yaml › schema[0].properties[0]',
      'spec.outputPorts[0].contract › contracts/orders.odcs.yaml › schema[0].properties[1]',
      'spec.outputPorts[0].contract › contracts/orders.odcs.yaml › schema[0].properties[2]',
    ]);
  });

  it('looks into no contract both versions hold as one object, and still finds what changed on the port', () => {
    // What meshwork diff gives for a contract text both sides hold: unread.
    const unread = new Proxy({} as DiffContract['contract'], {
      get: () => {
        throw new Error('the contract was looked into');
      },
    });
    const held = [{ ...contract(columns), contract: unread }];
    const weaker = { ...port, sla: { freshness: 'P2D', availability: 99.5 } };
    const diff = diffDataProducts(
      revision(product(), held),
      revision(product([weaker]), held),
    );
    expect(diff.changes.map(c => c.kind)).toEqual(['sla-weakened']);
  });
});
