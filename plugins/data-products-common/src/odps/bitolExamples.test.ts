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

import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { validateDataProductEntity } from '../entity';
import { exportDataProductAsOdps } from './exportDataProductAsOdps';
import { odpsToDataProduct } from './odpsToDataProduct';
import { validateOdpsDocument } from './validateOdpsDocument';

const dir = path.join(__dirname, '__fixtures__/bitol');

/** Every official example, as published. */
const examples = [
  'customer-data-product.odps.yaml',
  'deprecated-data-product.odps.yaml',
  'simple-data-product.odps.yaml',
  'v0.9.0/customer-data-product.odps.yaml',
].map(file => ({
  file,
  document: parse(fs.readFileSync(path.join(dir, file), 'utf8')),
}));

// The examples' team names are no entity refs; --owner gives one.
const flags = { owner: 'group:customer-team', domain: 'domain:seller' };

type Port = { name: string; version?: string };
const portsOf = (ports: Port[] | undefined) =>
  (ports ?? []).map(({ name, version }) => `${name}@${version}`);

describe.each(examples)('the official example $file', ({ document }) => {
  it('imports with no problem, as a DataProduct the catalog accepts', () => {
    const { entity, problems } = odpsToDataProduct(document, flags);
    expect(problems).toEqual([]);
    expect(validateDataProductEntity(entity)).toEqual([]);
  });

  it('keeps every port, each version of a port its own', () => {
    const spec = odpsToDataProduct(document, flags).entity!.spec;
    expect(portsOf(spec.inputPorts)).toEqual(portsOf(document.inputPorts));
    expect(portsOf(spec.outputPorts)).toEqual(portsOf(document.outputPorts));
    expect(spec.managementPorts?.map(port => port.name)).toEqual(
      document.managementPorts?.map((port: Port) => port.name),
    );
  });

  it('exports back to valid ODPS v1.1.0, the same document but for owner and domain', () => {
    const { entity } = odpsToDataProduct(document, flags);
    const exported = exportDataProductAsOdps(entity!);
    expect(exported.problems).toEqual([]);
    expect(exported.warnings).toEqual([]);
    expect(validateOdpsDocument(exported.document)).toEqual([]);
    const team = Array.isArray(document.team)
      ? { members: document.team } // v0.9.0's list, as v1 has it
      : document.team;
    expect(exported.document).toEqual({
      ...document,
      apiVersion: 'v1.1.0',
      domain: flags.domain,
      team: { ...team, name: flags.owner },
    });
  });
});

describe('the official customer example', () => {
  const [customer] = examples;

  it('holds both versions of payments, onlinetransactions and rawtransactions', () => {
    const spec = odpsToDataProduct(customer.document, flags).entity!.spec;
    expect(spec.inputPorts).toEqual([
      expect.objectContaining({ name: 'payments', version: '1.0.0' }),
      expect.objectContaining({ name: 'payments', version: '2.0.0' }),
      expect.objectContaining({ name: 'onlinetransactions', version: '1.0.0' }),
      expect.objectContaining({ name: 'onlinetransactions', version: '1.1.0' }),
    ]);
    expect(spec.outputPorts?.slice(0, 2)).toEqual([
      expect.objectContaining({ name: 'rawtransactions', version: '1.0.0' }),
      expect.objectContaining({ name: 'rawtransactions', version: '2.0.0' }),
    ]);
  });

  it("keeps each version's own fields apart, by name and version", () => {
    const kept = odpsToDataProduct(customer.document, flags).entity!.spec
      .customProperties?.odps as any;
    expect(Object.keys(kept.outputPorts)).toEqual([
      'rawtransactions@1.0.0',
      'rawtransactions@2.0.0',
      'consolidatedtransactions@1.0.0',
      'fulltransactionswithreturns@0.3.0',
    ]);
    expect(kept.outputPorts['rawtransactions@1.0.0']).toEqual({
      type: 'tables',
    });
    expect(kept.outputPorts['rawtransactions@2.0.0']).toHaveProperty('sbom');
    expect(Object.keys(kept.inputPorts)).toEqual(['onlinetransactions@1.1.0']);
  });

  it('warns that the v0.9.0 example lists its team, and reads it as members', () => {
    const old = examples[3].document;
    const { entity, warnings } = odpsToDataProduct(old, flags);
    expect(warnings.map(w => w.message)).toEqual([
      '$.team: a list of members, as ODPS v0.9.0 wrote the team; read as team.members, as ODPS v1.0.0 has it',
    ]);
    expect(
      (entity!.spec.customProperties?.odps as any).team.members,
    ).toHaveProperty(['john.doe@retailcorp.com', 'role'], 'owner');
  });
});
