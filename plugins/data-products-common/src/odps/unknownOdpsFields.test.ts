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

import { dataProductToOdps } from './dataProductToOdps';
import { exportDataProductAsOdps } from './exportDataProductAsOdps';
import { odpsToDataProduct } from './odpsToDataProduct';
import { validateOdpsDocument } from './validateOdpsDocument';

const flags = { owner: 'group:sales-data', domain: 'sales' };

/** A valid v1.1.0 document with a vendor's fields here and there. */
const withVendorFields = {
  apiVersion: 'v1.1.0',
  kind: 'DataProduct',
  id: 'orders-daily',
  name: 'orders-daily',
  'x-vendor': { tool: 'acme-catalog', synced: true },
  description: { purpose: 'Orders', 'x-reviewed': '2026-01-31' },
  outputPorts: [
    { name: 'orders', version: '1.0.0' },
    {
      name: 'orders',
      version: '2.0.0',
      'x-owner': 'team-b',
      sbom: [{ url: 'https://sbom.example.com/orders', 'x-signed': true }],
    },
  ],
  team: {
    members: [{ username: 'user:jane', role: 'owner', 'x-slack': '@jane' }],
  },
};

describe('odpsToDataProduct with fields ODPS does not know', () => {
  it('warns of each by its JSON path, and imports', () => {
    const { entity, problems, warnings } = odpsToDataProduct(
      withVendorFields,
      flags,
    );
    expect(problems).toEqual([]);
    expect(entity).toBeDefined();
    expect(warnings.map(w => w.message)).toEqual([
      '$.x-vendor: not a field of ODPS v1.1.0; kept in spec.customProperties.odps for the export',
      '$.description.x-reviewed: not a field of ODPS v1.1.0; kept in spec.customProperties.odps for the export',
      '$.outputPorts[1].x-owner: not a field of ODPS v1.1.0; kept in spec.customProperties.odps for the export',
      '$.outputPorts[1].sbom[0].x-signed: not a field of ODPS v1.1.0; kept in spec.customProperties.odps for the export',
      '$.team.members[0].x-slack: not a field of ODPS v1.1.0; kept in spec.customProperties.odps for the export',
    ]);
    expect(warnings[2]).toMatchObject({
      document: 'odps',
      path: ['outputPorts', 1, 'x-owner'],
      target: 'key',
    });
  });

  it('keeps them in spec.customProperties.odps, each where it was', () => {
    const { entity } = odpsToDataProduct(withVendorFields, flags);
    expect(entity!.spec.customProperties?.odps).toEqual({
      'x-vendor': { tool: 'acme-catalog', synced: true },
      description: { 'x-reviewed': '2026-01-31' },
      outputPorts: {
        'orders@2.0.0': {
          'x-owner': 'team-b',
          sbom: [{ url: 'https://sbom.example.com/orders', 'x-signed': true }],
        },
      },
      team: { members: { 'user:jane': { 'x-slack': '@jane' } } },
    });
  });

  it('suggests the field a misspelt key may be', () => {
    const { warnings } = odpsToDataProduct(
      { ...withVendorFields, outputPort: [], 'x-vendor': undefined },
      flags,
    );
    expect(warnings.map(w => w.message)).toContain(
      '$.outputPort: not a field of ODPS v1.1.0 (did you mean "outputPorts"?); kept in spec.customProperties.odps for the export',
    );
  });

  it('refuses them as errors with strict, as the schema does', () => {
    const { entity, problems, warnings } = odpsToDataProduct(withVendorFields, {
      ...flags,
      strict: true,
    });
    expect(entity).toBeUndefined();
    expect(warnings).toEqual([]);
    expect(problems.map(p => p.message)).toEqual(
      validateOdpsDocument(withVendorFields).map(p => p.message),
    );
    expect(problems[0].message).toBe(
      '$.x-vendor: not a field of ODPS v1.1.0; expected one of apiVersion, kind, id, name, deprecated, synonyms, version, status, domain, type, context, tenant, authoritativeDefinitions, description, customProperties, tags, inputPorts, outputPorts, managementPorts, support, team, productCreatedTs',
    );
  });

  it('still refuses what else breaks the schema, without the unknown fields', () => {
    const { entity, problems, warnings } = odpsToDataProduct(
      {
        ...withVendorFields,
        tags: 'orders',
        outputPorts: [{ 'x-owner': 'team-b', description: 'no name' }],
      },
      flags,
    );
    expect(entity).toBeUndefined();
    expect(problems.map(p => p.message)).toEqual([
      '$.tags: found "orders"; expected a list',
      '$.outputPorts[0].name: missing; ODPS v1.1.0 requires text here',
    ]);
    expect(warnings.map(w => w.field)).toContain('$.outputPorts[0].x-owner');
  });
});

describe('the export of a product with fields ODPS does not know', () => {
  const { entity } = odpsToDataProduct(withVendorFields, flags);

  it('writes each as a custom property of the nearest object that has them', () => {
    const { document, problems } = exportDataProductAsOdps(entity!);
    expect(problems).toEqual([]);
    expect(validateOdpsDocument(document)).toEqual([]);
    expect(document).toMatchObject({
      description: {
        purpose: 'Orders',
        customProperties: [{ property: 'x-reviewed', value: '2026-01-31' }],
      },
      customProperties: expect.arrayContaining([
        { property: 'x-vendor', value: { tool: 'acme-catalog', synced: true } },
      ]),
      team: {
        members: [
          {
            username: 'user:jane',
            role: 'owner',
            customProperties: [{ property: 'x-slack', value: '@jane' }],
          },
        ],
      },
    });
    expect(document!.outputPorts).toEqual([
      { name: 'orders', version: '1.0.0' },
      {
        name: 'orders',
        version: '2.0.0',
        sbom: [{ url: 'https://sbom.example.com/orders' }],
        customProperties: [
          { property: 'x-owner', value: 'team-b' },
          { property: 'sbom[0].x-signed', value: true },
        ],
      },
    ]);
  });

  it('says where each went, in the order of the document', () => {
    expect(
      exportDataProductAsOdps(entity!).warnings.map(w => w.message),
    ).toEqual([
      '$.description.x-reviewed: not a field of ODPS v1.1.0; written as the custom property "x-reviewed" of $.description',
      '$.team.members[0].x-slack: not a field of ODPS v1.1.0; written as the custom property "x-slack" of $.team.members[0]',
      '$.outputPorts[1].x-owner: not a field of ODPS v1.1.0; written as the custom property "x-owner" of $.outputPorts[1]',
      '$.outputPorts[1].sbom[0].x-signed: not a field of ODPS v1.1.0; written as the custom property "sbom[0].x-signed" of $.outputPorts[1]',
      '$.x-vendor: not a field of ODPS v1.1.0; written as the custom property "x-vendor" of $',
    ]);
  });

  it('gives the same document from dataProductToOdps, and it imports back as it is', () => {
    const document = dataProductToOdps(entity!);
    expect(document).toEqual(exportDataProductAsOdps(entity!).document);
    const again = odpsToDataProduct(document, flags);
    expect(again.warnings).toEqual([]);
    expect(dataProductToOdps(again.entity!)).toEqual(document);
  });

  it('refuses a document the schema would refuse, saying why', () => {
    const broken = {
      ...entity!,
      spec: {
        ...entity!.spec,
        customProperties: { odps: { productCreatedTs: 'yesterday' } },
      },
    };
    const { document, problems } = exportDataProductAsOdps(broken);
    expect(document).toBeUndefined();
    expect(problems.map(p => p.message)).toEqual([
      '$.productCreatedTs: found "yesterday"; expected a date and time such as 2026-01-31T08:00:00Z',
    ]);
  });
});
