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

import {
  dataProductEntityV1alpha1Validator,
  describeDataProductProblems,
  validateDataProductEntity,
} from './validateDataProductEntity';

function product(spec: Record<string, unknown> = {}, extra: object = {}) {
  return {
    apiVersion: 'meshwork.dev/v1alpha1',
    kind: 'DataProduct',
    metadata: { name: 'orders-daily', description: 'Every order line.' },
    spec: {
      owner: 'group:sales-data',
      domain: 'sales',
      status: 'active',
      ...spec,
    },
    ...extra,
  };
}

const completeSpec = {
  type: 'aggregate',
  version: 'v1.2.0',
  purpose: 'Revenue reporting',
  usage: 'Join on order_id',
  limitations: 'No refunds',
  classification: 'confidential',
  containsPii: true,
  team: [{ user: 'user:jane', role: 'steward' }],
  support: [
    {
      channel: '#orders',
      url: 'https://chat/orders',
      tool: 'slack',
      scope: 'issues',
    },
  ],
  inputPorts: [
    {
      name: 'raw',
      dataProduct: 'dataproduct:orders-raw',
      port: 'events',
      contract: 'api:orders-raw',
      version: '1.0.0',
    },
  ],
  outputPorts: [
    {
      name: 'orders-v1',
      type: 'table',
      version: '1.0.0',
      contract: 'api:orders-daily',
      contractId: 'c-1',
      server: {
        type: 'postgres',
        location: 'sales.orders_daily',
        environment: 'prod',
      },
      sla: {
        freshness: 'PT24H',
        availability: 99.5,
        latency: 'PT1H',
        retention: 'P2Y',
      },
      classification: 'restricted',
      containsPii: true,
      accessRequest: { url: 'https://access', autoApprove: false },
      deprecated: false,
      tags: ['orders'],
    },
  ],
  managementPorts: [
    {
      name: 'metrics',
      content: 'observability',
      type: 'rest',
      url: 'https://m',
    },
  ],
  customProperties: { anything: { goes: ['here'] } },
};

function messages(entity: unknown) {
  return validateDataProductEntity(entity).map(p => p.message);
}

describe('validateDataProductEntity', () => {
  it('accepts a minimal and a complete product', () => {
    expect(messages(product())).toEqual([]);
    expect(messages(product(completeSpec))).toEqual([]);
  });

  it('accepts what the catalog adds to a stored entity', () => {
    expect(
      messages(product({}, { relations: [], status: { items: [] } })),
    ).toEqual([]);
  });

  it('names each missing required field with what is expected', () => {
    const entity = product();
    delete (entity.spec as any).owner;
    delete (entity.spec as any).status;
    expect(messages(entity)).toEqual([
      'spec.owner: missing; expected an entity ref to a Group or User, such as group:my-name',
      'spec.status: missing; expected one of proposed, draft, active, deprecated, retired',
    ]);
    expect(messages({ ...product(), spec: undefined })).toEqual([
      'spec: missing; expected a map of fields',
    ]);
  });

  it('suggests the closest known key for a misspelt one, at its own path', () => {
    const problems = validateDataProductEntity(product({ ouputPorts: [] }));
    expect(problems).toEqual([
      {
        path: ['spec', 'ouputPorts'],
        field: 'spec.ouputPorts',
        message: 'spec.ouputPorts: unknown field; did you mean "outputPorts"?',
        target: 'key',
      },
    ]);
    expect(
      messages(product({ outputPorts: [{ name: 'a', SLA: {} }] })),
    ).toEqual(['spec.outputPorts[0].SLA: unknown field; did you mean "sla"?']);
  });

  it('lists the known keys when nothing is close', () => {
    expect(
      messages(
        product({ outputPorts: [{ name: 'a', sla: { zzzzzzzzzz: 1 } }] }),
      ),
    ).toEqual([
      'spec.outputPorts[0].sla.zzzzzzzzzz: unknown field; expected one of freshness, availability, latency, retention',
    ]);
  });

  it('accepts unknown keys in customProperties and metadata only', () => {
    expect(
      messages(
        product(
          { customProperties: { costCentre: 42 } },
          {
            metadata: { name: 'x', annotations: { a: 'b' }, anything: true },
          },
        ),
      ),
    ).toEqual([]);
    expect(messages(product({}, { extra: 1 }))).toEqual([
      'extra: unknown field; expected one of apiVersion, kind, metadata, spec, relations, status',
    ]);
  });

  it('says what was found and what is expected for bad values', () => {
    expect(
      messages(
        product({
          status: 'live',
          type: 'sourceAligned',
          version: 'latest',
          containsPii: 'yes',
          classification: 'secret',
          team: [{ user: 'jane' }],
          support: [{ channel: '#x', tool: 'pager' }],
          outputPorts: [
            {
              name: 'Orders_V1',
              type: 'warehouse',
              sla: {
                freshness: '24h',
                availability: 120,
                retention: 'forever',
              },
              server: { type: 'postgres' },
              tags: 'orders',
            },
          ],
          managementPorts: [{ name: 'm', content: 'metrics' }],
          inputPorts: 'none',
        }),
      ),
    ).toEqual([
      'spec.status: found "live"; expected one of proposed, draft, active, deprecated, retired',
      'spec.type: found "sourceAligned"; expected one of source-aligned, aggregate, consumer-aligned',
      'spec.version: found "latest"; expected a semantic version such as 1.2.0',
      'spec.classification: found "secret"; expected one of public, internal, confidential, restricted',
      'spec.containsPii: found "yes"; expected true or false (Whether the data holds personally identifiable information.)',
      'spec.team[0].role: missing; expected text (owner, steward, engineer, analyst or another role.)',
      'spec.support[0].tool: found "pager"; expected one of slack, teams, email, ticket, other',
      'spec.inputPorts: found "none"; expected a list (Ports the product reads from.)',
      'spec.outputPorts[0].name: found "Orders_V1"; expected a DNS label (lowercase letters, digits and \'-\', at most 63 characters), such as orders-v1',
      'spec.outputPorts[0].type: found "warehouse"; expected one of table, view, topic, file, api, dashboard, model, other',
      'spec.outputPorts[0].server.location: missing; expected text (Where the data lives on that platform: a table, topic, bucket or URL.)',
      'spec.outputPorts[0].sla.freshness: found "24h"; expected an ISO-8601 duration such as PT24H or P1D',
      'spec.outputPorts[0].sla.availability: found 120; expected a percentage from 0 to 100, such as 99.5',
      'spec.outputPorts[0].sla.retention: found "forever"; expected an ISO-8601 duration such as PT24H or P1D',
      'spec.outputPorts[0].tags: found "orders"; expected a list (Tags for this port.)',
      'spec.managementPorts[0].content: found "metrics"; expected one of discoverability, observability, control, dictionary',
    ]);
  });

  it('rejects a wrong apiVersion and a bad name', () => {
    expect(
      messages({
        ...product(),
        apiVersion: 'backstage.io/v1alpha1',
        metadata: { name: 'Orders Daily' },
      }),
    ).toEqual([
      'apiVersion: found "backstage.io/v1alpha1"; expected one of meshwork.dev/v1alpha1',
      "metadata.name: found \"Orders Daily\"; expected a name of letters, digits and '-', '_' or '.' between them, at most 63 characters",
    ]);
  });

  it('reports duplicate port names at the repeated one', () => {
    expect(
      messages(
        product({
          outputPorts: [
            { name: 'orders' },
            { name: 'lines' },
            { name: 'orders' },
          ],
          inputPorts: [{ name: 'raw' }, { name: 'raw' }],
        }),
      ),
    ).toEqual([
      'spec.outputPorts[2].name: found "orders", already the name of spec.outputPorts[0]; expected a name unique among the product\'s output ports, or a version on each',
      'spec.inputPorts[1].name: found "raw", already the name of spec.inputPorts[0]; expected a name unique among the product\'s input ports, or a version on each',
    ]);
  });

  it('accepts versions of one port side by side, as ODPS does: output ports of different majors, input ports reading different versions', () => {
    const versions = product({
      outputPorts: [
        { name: 'payments', version: '1.0.0', deprecated: true },
        { name: 'payments', version: '2.0.0' },
      ],
      inputPorts: [
        { name: 'raw', version: '1.0.0' },
        { name: 'raw', version: 'v1.1.0' },
      ],
    });
    expect(messages(versions)).toEqual([]);
  });

  it('refuses two versions of one port with the same major, at the version', () => {
    expect(
      messages(
        product({
          outputPorts: [
            { name: 'payments', version: '1.0.0' },
            { name: 'payments', version: '1.4.0' },
          ],
          inputPorts: [
            { name: 'raw', version: '1.1.0' },
            { name: 'raw', version: 'v1.1.0' },
          ],
          managementPorts: [
            { name: 'admin', content: 'control' },
            { name: 'admin', content: 'observability' },
          ],
        }),
      ),
    ).toEqual([
      'spec.outputPorts[1].version: found "payments v1.4.0", the name and major version of spec.outputPorts[0]; expected a name and major version unique among the product\'s output ports: a new major version is a new port',
      'spec.inputPorts[1].version: found "raw v1.1.0", the name and version of spec.inputPorts[0]; expected a name and version unique among the product\'s input ports',
      'spec.managementPorts[1].name: found "admin", already the name of spec.managementPorts[0]; expected a name unique among the product\'s management ports',
    ]);
  });

  it('requires dataProduct on an input port that names a port', () => {
    expect(
      messages(product({ inputPorts: [{ name: 'raw', port: 'events' }] })),
    ).toEqual([
      'spec.inputPorts[0].dataProduct: missing; expected the upstream data product whose output port "events" this input port reads (port is set, so dataProduct must be too)',
    ]);
  });

  it('rejects references to entities of the wrong kind', () => {
    expect(
      messages(
        product({
          owner: 'component:orders-service',
          domain: 'system:sales',
          team: [{ user: 'group:sales', role: 'owner' }],
          inputPorts: [
            {
              name: 'raw',
              dataProduct: 'api:orders',
              contract: 'dataproduct:x',
            },
          ],
          outputPorts: [{ name: 'out', contract: 'component:x' }],
        }),
      ),
    ).toEqual([
      'spec.owner: found "component:orders-service", which refers to a Component; expected a reference to a Group or a User',
      'spec.domain: found "system:sales", which refers to a System; expected a reference to a Domain',
      'spec.team[0].user: found "group:sales", which refers to a Group; expected a reference to a User',
      'spec.inputPorts[0].dataProduct: found "api:orders", which refers to an API; expected a reference to a DataProduct',
      'spec.inputPorts[0].contract: found "dataproduct:x", which refers to a DataProduct; expected a reference to an API',
      'spec.outputPorts[0].contract: found "component:x", which refers to a Component; expected a reference to an API',
    ]);
    expect(
      messages(product({ owner: 'User:jane', domain: 'Domain:sales' })),
    ).toEqual([]);
  });

  it('rejects references whose name or namespace no entity can have', () => {
    const long = 'a'.repeat(64);
    expect(
      messages(
        product({
          owner: `group:${long}`,
          domain: `${long}/sales`,
          outputPorts: [{ name: 'out', contract: `api:${'b'.repeat(63)}` }],
        }),
      ),
    ).toEqual([
      "spec.owner: found a name of 64 characters; expected an entity ref whose name and namespace are at most 63 characters, as the catalog's are",
      "spec.domain: found a namespace of 64 characters; expected an entity ref whose name and namespace are at most 63 characters, as the catalog's are",
    ]);
  });
});

describe('dataProductEntityV1alpha1Validator', () => {
  it('leaves other kinds to other processors', async () => {
    await expect(
      dataProductEntityV1alpha1Validator.check({
        ...product(),
        kind: 'Component',
      } as any),
    ).resolves.toBe(false);
  });

  it('accepts a valid product and throws every problem of an invalid one', async () => {
    await expect(
      dataProductEntityV1alpha1Validator.check(product() as any),
    ).resolves.toBe(true);
    await expect(
      dataProductEntityV1alpha1Validator.check(
        product({ status: 'live', ouputPorts: [] }) as any,
      ),
    ).rejects.toThrow(
      'DataProduct has 2 problems: spec.ouputPorts: unknown field; did you mean "outputPorts"?; spec.status: found "live"; expected one of proposed, draft, active, deprecated, retired',
    );
  });

  it('describes a single problem in the singular', () => {
    expect(
      describeDataProductProblems(
        validateDataProductEntity(product({ status: 1 })),
      ),
    ).toBe(
      'DataProduct has 1 problem: spec.status: found 1; expected one of proposed, draft, active, deprecated, retired',
    );
  });
});
