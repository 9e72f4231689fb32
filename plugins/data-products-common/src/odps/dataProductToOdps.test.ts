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
import type { DataProductEntityV1alpha1 } from '../entity';
import { dataProductToOdps } from './dataProductToOdps';
import { odpsToDataProduct } from './odpsToDataProduct';
import officialSchema from './schemas/odps-json-schema-v1.1.0.json';

const isOfficialOdps = addFormats(new Ajv2019({ allErrors: true })).compile(
  officialSchema,
);

const ordersDaily: DataProductEntityV1alpha1 = {
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: {
    name: 'orders-daily',
    namespace: 'sales',
    title: 'Orders',
    annotations: {
      'backstage.io/managed-by-location': 'url:https://git.example.com/x.yaml',
      'backstage.io/techdocs-ref': 'dir:.',
    },
  },
  spec: {
    owner: 'group:sales-data',
    domain: 'sales',
    status: 'active',
    type: 'consumer-aligned',
    support: [
      { channel: '#orders', url: 'https://chat.example.com/orders' },
      { channel: 'the orders desk', tool: 'other' },
    ],
    outputPorts: [{ name: 'orders-v1', type: 'table' }],
  },
};

describe('dataProductToOdps', () => {
  it('writes the type as ODPS spells it and the owner as the team name', () => {
    const document = dataProductToOdps(ordersDaily);
    expect(document).toMatchObject({
      type: 'consumerAligned',
      team: { name: 'group:sales-data' },
      domain: 'sales',
    });
  });

  it("leaves out the catalog's own annotations and keeps the product's", () => {
    const document = dataProductToOdps(ordersDaily);
    expect(document.customProperties).toContainEqual({
      property: 'meshwork.annotations',
      value: { 'backstage.io/techdocs-ref': 'dir:.' },
    });
    expect(JSON.stringify(document)).not.toContain('managed-by-location');
  });

  it('keeps a support channel without URL apart, as ODPS requires one', () => {
    const document = dataProductToOdps(ordersDaily);
    expect(isOfficialOdps(document)).toBe(true);
    expect(document.support).toEqual([
      { channel: '#orders', url: 'https://chat.example.com/orders' },
    ]);
    const imported = odpsToDataProduct(document).entity;
    expect(imported?.spec.support).toEqual(ordersDaily.spec.support);
  });

  it('brings back a name and namespace that the title does not give', () => {
    const document = dataProductToOdps(ordersDaily);
    expect(document.customProperties).toContainEqual({
      property: 'meshwork.entityRef',
      value: 'dataproduct:sales/orders-daily',
    });
    const imported = odpsToDataProduct(document).entity;
    expect(imported?.metadata).toMatchObject({
      name: 'orders-daily',
      namespace: 'sales',
      title: 'Orders',
    });
  });

  it('lets changes made in the catalog after an import win over kept ODPS values', () => {
    const imported = odpsToDataProduct({
      apiVersion: 'v1.1.0',
      kind: 'DataProduct',
      id: 'orders',
      name: 'orders',
      status: 'in development',
      domain: 'sales',
      team: { name: 'group:sales-data' },
      outputPorts: [
        { name: 'Orders Table', type: 'tables', sbom: [{ type: 'external' }] },
        { name: 'Orders Topic', type: 'topics', sbom: [{ type: 'external' }] },
      ],
    }).entity!;
    expect(imported.spec.status).toBe('draft');
    expect(dataProductToOdps(imported)).toMatchObject({
      status: 'in development',
      outputPorts: [
        { name: 'Orders Table', type: 'tables' },
        { name: 'Orders Topic', type: 'topics' },
      ],
    });

    const [table] = imported.spec.outputPorts!;
    const edited = {
      ...imported,
      spec: {
        ...imported.spec,
        status: 'active' as const,
        outputPorts: [{ ...table, type: 'view' as const }],
      },
    };
    const document = dataProductToOdps(edited);
    expect(document.status).toBe('active');
    // the removed port does not come back from what was kept of it
    expect(document.outputPorts).toEqual([
      { name: 'Orders Table', type: 'view', sbom: [{ type: 'external' }] },
    ]);
  });
});
