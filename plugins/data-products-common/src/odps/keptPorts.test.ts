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

import type { DataProductEntityV1alpha1 } from '../entity';
import { dataProductToOdps } from './dataProductToOdps';
import { odpsToDataProduct } from './odpsToDataProduct';
import { validateOdpsDocument } from './validateOdpsDocument';

const flags = { owner: 'group:sales-data', domain: 'sales' };
const base = { apiVersion: 'v1.1.0', kind: 'DataProduct', id: 'orders' };

/** Imports then exports; the export as ODPS would hand it on. */
function roundTrip(document: object) {
  const imported = odpsToDataProduct(document, flags);
  expect(imported.problems).toEqual([]);
  const exported = dataProductToOdps(imported.entity!);
  expect(validateOdpsDocument(exported)).toEqual([]);
  return { ...imported, exported };
}

describe('ports kept by name and version', () => {
  it('gives each version back its own fields, whatever the catalog did to the order', () => {
    const document = {
      ...base,
      outputPorts: [
        {
          name: 'orders',
          version: '1.0.0',
          sbom: [{ url: 'https://a.example.com' }],
        },
        { name: 'orders', version: '2.0.0', synonyms: [{ synonym: 'sales' }] },
      ],
    };
    const { entity } = roundTrip(document);
    const reordered = {
      ...entity!,
      spec: {
        ...entity!.spec,
        outputPorts: [...entity!.spec.outputPorts!].reverse(),
      },
    };
    expect(dataProductToOdps(reordered).outputPorts).toEqual(
      [...document.outputPorts].reverse(),
    );
  });

  it('still finds what an import before versions kept by port name alone', () => {
    const sbom = 'https://sbom.example.com/orders';
    const earlier: DataProductEntityV1alpha1 = {
      apiVersion: 'meshwork.dev/v1alpha1',
      kind: 'DataProduct',
      metadata: { name: 'orders' },
      spec: {
        owner: 'group:sales-data',
        domain: 'sales',
        status: 'active',
        outputPorts: [{ name: 'orders', version: '1.0.0', type: 'table' }],
        inputPorts: [{ name: 'payments', version: '2.0.0' }],
        customProperties: {
          odps: {
            outputPorts: { Orders: { type: 'tables', sbom: [{ url: sbom }] } },
            inputPorts: { payments: { tags: ['raw'] } },
          },
        },
      },
    };
    const document = dataProductToOdps(earlier);
    expect(document.outputPorts).toEqual([
      {
        name: 'Orders',
        type: 'tables',
        version: '1.0.0',
        sbom: [{ url: sbom }],
      },
    ]);
    expect(document.inputPorts).toEqual([
      { name: 'payments', version: '2.0.0', tags: ['raw'] },
    ]);
  });

  it('keeps a version the kind cannot hold, and writes it back', () => {
    const document = {
      ...base,
      inputPorts: [
        { name: 'payments', version: 'latest' },
        { name: 'payments', version: '2.0.0' },
      ],
    };
    const { entity, exported } = roundTrip(document);
    expect(entity!.spec.inputPorts).toEqual([
      { name: 'payments' },
      { name: 'payments', version: '2.0.0' },
    ]);
    expect(exported.inputPorts).toEqual(document.inputPorts);
  });

  it('keeps a port the catalog holds already whole, and says so', () => {
    const document = {
      ...base,
      outputPorts: [
        { name: 'orders', version: '1.0.0', description: 'first' },
        { name: 'orders', version: '1.2.0', description: 'same major' },
        { name: 'orders', version: '1.0.0', description: 'twice' },
      ],
      inputPorts: [
        { name: 'payments', version: '1.0.0' },
        { name: 'payments', version: 'v1.0.0' },
      ],
      managementPorts: [
        { name: 'docs', content: 'discoverability' },
        { name: 'docs', content: 'control' },
      ],
    };
    const { entity, warnings, exported } = roundTrip(document);
    expect(entity!.spec.outputPorts).toEqual([
      { name: 'orders', version: '1.0.0', description: 'first' },
    ]);
    expect(warnings.map(w => w.message)).toEqual([
      '$.inputPorts[1]: "payments v1.0.0" has the name and version of $.inputPorts[0], and the catalog holds one port per name and version; kept in spec.customProperties.odps for the export',
      '$.outputPorts[1]: "orders v1.2.0" has the name and major version of $.outputPorts[0], and the catalog holds one port per name and major version; kept in spec.customProperties.odps for the export',
      '$.outputPorts[2]: "orders v1.0.0" has the name and major version of $.outputPorts[0], and the catalog holds one port per name and major version; kept in spec.customProperties.odps for the export',
      '$.managementPorts[1]: "docs" has the name of $.managementPorts[0], and the catalog holds one port per name; kept in spec.customProperties.odps for the export',
    ]);
    expect(exported.outputPorts).toEqual(document.outputPorts);
    expect(exported.inputPorts).toEqual(document.inputPorts);
    expect(exported.managementPorts).toEqual(document.managementPorts);
  });

  it('writes back ports the kind cannot hold even when it holds none', () => {
    const document = {
      ...base,
      managementPorts: [{ name: 'lineage', content: 'lineage' }],
    };
    const { entity, exported } = roundTrip(document);
    expect(entity!.spec.managementPorts).toEqual([]);
    expect(exported.managementPorts).toEqual(document.managementPorts);
  });
});

describe('other lists with repeated keys', () => {
  it('give each item its own kept fields back', () => {
    const document = {
      ...base,
      support: [
        { channel: 'Slack', url: 'https://a.slack.com', description: 'one' },
        { channel: 'Slack', url: 'https://b.slack.com', description: 'two' },
      ],
      authoritativeDefinitions: [
        { type: 'tutorial', url: 'https://docs.example.com' },
        { type: 'glossary', url: 'https://docs.example.com' },
      ],
      customProperties: [
        { property: 'costCenter', value: 'CC-1' },
        { property: 'costCenter', value: 'CC-2', description: 'again' },
      ],
    };
    const { entity, exported } = roundTrip(document);
    expect(entity!.spec.customProperties?.costCenter).toBe('CC-1');
    expect(exported.support).toEqual(document.support);
    expect(exported.authoritativeDefinitions).toEqual(
      document.authoritativeDefinitions,
    );
    expect(exported.customProperties).toEqual(document.customProperties);
  });
});
