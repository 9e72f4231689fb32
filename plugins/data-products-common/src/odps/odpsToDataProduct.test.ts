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

import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { validateDataProductEntity } from '../entity';
import { dataProductToOdps } from './dataProductToOdps';
import { odpsToDataProduct } from './odpsToDataProduct';
import officialSchema from './schemas/odps-json-schema-v1.1.0.json';

const isOfficialOdps = addFormats(new Ajv2019({ allErrors: true })).compile(
  officialSchema,
);

/** The Bitol example, as published (apiVersion v0.9.0, no team, no domain). */
const bitolExample = parse(
  fs.readFileSync(
    path.join(
      __dirname,
      '__fixtures__/bitol-odps-example-simple-data-product.odps.yaml',
    ),
    'utf8',
  ),
);

const flags = { owner: 'group:simple-team', domain: 'testing' };

describe('odpsToDataProduct on the Bitol example', () => {
  it('names the missing owner and domain and the flags that give them', () => {
    const { entity, problems } = odpsToDataProduct(bitolExample);
    expect(entity).toBeUndefined();
    expect(problems.map(p => p.message)).toEqual([
      'spec.owner: the ODPS document has no team.name to take it from; pass --owner REF, such as --owner group:sales-data',
      'spec.domain: the ODPS document has no domain to take it from; pass --domain REF, such as --domain domain:sales',
    ]);
  });

  it('gives a DataProduct the linter accepts', () => {
    const { entity, problems } = odpsToDataProduct(bitolExample, flags);
    expect(problems).toEqual([]);
    expect(validateDataProductEntity(entity)).toEqual([]);
    expect(entity).toEqual({
      apiVersion: 'meshwork.dev/v1alpha1',
      kind: 'DataProduct',
      metadata: {
        name: 'simple-data-product',
        title: 'Simple Data Product',
        annotations: {
          'meshwork.dev/odps-id': '064c4630-8aad-4dc0-ba95-0f69940e6b18',
        },
        tags: ['test', 'simple'],
      },
      spec: {
        owner: 'group:simple-team',
        domain: 'testing',
        status: 'active',
        version: 'v1.0.0',
        purpose: 'Simple test data product',
        usage: 'Testing purposes only',
        limitations: 'None',
        inputPorts: [
          {
            name: 'source-data',
            contractId: '12345678-1234-1234-1234-123456789abc',
            version: '1.0.0',
          },
        ],
        outputPorts: [
          {
            name: 'processed-data',
            description: 'Processed output data',
            type: 'table',
            version: '1.0.0',
            contractId: '87654321-4321-4321-4321-cba987654321',
          },
        ],
        // "tables" reads as the kind's "table"; the original spelling is
        // kept, by port name and version
        customProperties: {
          odps: { outputPorts: { 'processed-data@1.0.0': { type: 'tables' } } },
        },
      },
    });
  });

  it('exports back to valid ODPS v1.1.0 with every field it had', () => {
    const { entity } = odpsToDataProduct(bitolExample, flags);
    const document = dataProductToOdps(entity!);
    expect(isOfficialOdps(document)).toBe(true);
    expect(document).toEqual({
      ...bitolExample,
      apiVersion: 'v1.1.0',
      domain: 'testing',
      team: { name: 'group:simple-team' },
    });
  });
});

/** The example grown with ODPS fields the kind has no place for. */
const extendedExample = {
  ...bitolExample,
  apiVersion: 'v1.1.0',
  tenant: 'acme',
  productCreatedTs: '2025-01-31T08:00:00Z',
  type: 'platform',
  synonyms: [{ synonym: 'Simple DP', locale: 'en-GB' }],
  description: {
    ...bitolExample.description,
    authoritativeDefinitions: [
      { type: 'businessDefinition', url: 'https://wiki.example.com/simple' },
    ],
  },
  tags: ['test', 'simple', 'Data Quality'],
  team: {
    description: 'The people behind it',
    members: [
      { username: 'user:jane', role: 'owner', name: 'Jane Doe' },
      { username: 'bob@example.com', role: 'engineer' },
    ],
  },
  support: [
    { channel: 'Discord', url: 'https://discord.gg/simple', tool: 'discord' },
  ],
  inputPorts: [{ ...bitolExample.inputPorts[0], tags: ['raw'] }],
  outputPorts: [
    {
      ...bitolExample.outputPorts[0],
      sbom: [{ type: 'external', url: 'https://sbom.example.com/simple' }],
      customProperties: [{ property: 'format', value: 'parquet' }],
    },
  ],
  managementPorts: [
    {
      name: 'Metrics',
      content: 'observability',
      url: 'https://metrics.example.com/simple',
      channel: 'metrics',
    },
    { name: 'lineage', content: 'lineage', url: 'https://lineage.example.com' },
  ],
  authoritativeDefinitions: [
    {
      type: 'tutorial',
      url: 'https://docs.example.com/simple',
      description: 'How to use it',
      id: 'tutorial-1',
    },
  ],
  customProperties: [
    { property: 'costCenter', value: 'CC-1', description: 'Who pays' },
    { property: 'retentionDays', value: 30 },
  ],
};

describe('odpsToDataProduct with ODPS fields the kind has no place for', () => {
  it('keeps them in spec.customProperties', () => {
    expect(isOfficialOdps(extendedExample)).toBe(true);
    const { entity, problems } = odpsToDataProduct(extendedExample, flags);
    expect(problems).toEqual([]);
    expect(entity?.metadata).toMatchObject({
      tags: ['test', 'simple'],
      links: [
        {
          url: 'https://docs.example.com/simple',
          title: 'How to use it',
          type: 'tutorial',
        },
      ],
    });
    expect(entity?.spec).toMatchObject({
      team: [{ user: 'user:jane', role: 'owner' }],
      support: [{ channel: 'Discord', url: 'https://discord.gg/simple' }],
      managementPorts: [
        {
          name: 'metrics',
          content: 'observability',
          url: 'https://metrics.example.com/simple',
        },
      ],
      customProperties: {
        costCenter: 'CC-1',
        retentionDays: 30,
        odps: {
          tenant: 'acme',
          productCreatedTs: '2025-01-31T08:00:00Z',
          type: 'platform',
          synonyms: extendedExample.synonyms,
          tags: ['Data Quality'],
          team: {
            description: 'The people behind it',
            members: {
              'user:jane': { name: 'Jane Doe' },
              'bob@example.com': {
                username: 'bob@example.com',
                role: 'engineer',
              },
            },
          },
          support: { Discord: { tool: 'discord' } },
          outputPorts: {
            'processed-data@1.0.0': {
              type: 'tables',
              sbom: extendedExample.outputPorts[0].sbom,
              customProperties: [{ property: 'format', value: 'parquet' }],
            },
          },
          managementPorts: {
            Metrics: { channel: 'metrics' },
            lineage: extendedExample.managementPorts[1],
          },
          customProperties: { costCenter: { description: 'Who pays' } },
        },
      },
    });
  });

  it('puts them back on export', () => {
    const { entity } = odpsToDataProduct(extendedExample, flags);
    const document = dataProductToOdps(entity!);
    expect(isOfficialOdps.errors ?? []).toEqual([]);
    expect(isOfficialOdps(document)).toBe(true);
    expect(document).toEqual({
      ...extendedExample,
      domain: 'testing',
      team: { ...extendedExample.team, name: 'group:simple-team' },
    });
  });
});

describe('odpsToDataProduct', () => {
  it('checks an ODPS v1.0.0 document against the v1.0.0 schema', () => {
    const document = {
      ...bitolExample,
      apiVersion: 'v1.0.0',
      outputPorts: [{ name: 'processed-data' }],
    };
    expect(odpsToDataProduct(document, flags).problems).toEqual([
      expect.objectContaining({
        document: 'odps',
        field: '$.outputPorts[0].version',
        message:
          '$.outputPorts[0].version: missing; ODPS v1.0.0 requires text here',
      }),
    ]);
    // the same port is fine in v1.1.0
    expect(
      odpsToDataProduct({ ...document, apiVersion: 'v1.1.0' }, flags).entity
        ?.spec.outputPorts,
    ).toEqual([{ name: 'processed-data' }]);
  });

  it('takes owner and domain from the document, the flags overriding them', () => {
    const document = {
      ...bitolExample,
      domain: 'sales',
      team: { name: 'group:sales-data' },
    };
    expect(odpsToDataProduct(document).entity?.spec).toMatchObject({
      owner: 'group:sales-data',
      domain: 'sales',
    });
    expect(
      odpsToDataProduct(document, { owner: 'group:other' }).entity?.spec.owner,
    ).toBe('group:other');
  });

  it('says which flag to pass when the team name is no entity ref', () => {
    const { problems } = odpsToDataProduct({
      ...bitolExample,
      domain: 'sales',
      team: { name: 'Sales Data Team' },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe('spec.owner');
    expect(problems[0].message).toMatch(
      /^spec\.owner: found "Sales Data Team"; .*; it comes from ODPS team\.name: pass --owner REF/,
    );
  });

  it('names the flag when a value given with it is wrong', () => {
    const { problems } = odpsToDataProduct(bitolExample, {
      ...flags,
      domain: 'group:sales',
    });
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(
        /^spec\.domain: found "group:sales".* \(given with --domain\)$/,
      ),
    ]);
  });
});
