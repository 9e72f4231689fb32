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
import { parse, parseAllDocuments } from 'yaml';
import { validateOdpsDocument } from '@meshwork/plugin-data-products-common';
import { main } from '../cli';

const bitol = path.resolve(
  __dirname,
  '../../../../plugins/data-products-common/src/odps/__fixtures__/bitol',
);

const files: Record<string, string> = {
  'vendor.odps.yaml': [
    'apiVersion: v1.1.0',
    'kind: DataProduct',
    'id: orders-daily',
    'x-vendor: acme',
    'team:',
    '  name: group:sales-data',
    'domain: sales',
    'outputPorts:',
    '  - name: orders',
    '    version: 1.0.0',
    '  - name: orders',
    '    version: 2.0.0',
    '    x-owner: team-b',
    '',
  ].join('\n'),
};
for (const file of [
  'customer-data-product.odps.yaml',
  'deprecated-data-product.odps.yaml',
  'simple-data-product.odps.yaml',
  'v0.9.0/customer-data-product.odps.yaml',
]) {
  files[file] = fs.readFileSync(path.join(bitol, file), 'utf8');
}

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: text => (stdout += text),
    stderr: text => (stderr += text),
    readFile: async file => {
      if (file in files) return files[file];
      throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    },
  });
  return { code, stdout, stderr };
}

const flags = ['--owner', 'group:customer-team', '--domain', 'domain:seller'];

describe('meshwork odps import of the official examples', () => {
  it.each(Object.keys(files).filter(file => file.includes('data-product')))(
    'imports %s, and its export is valid ODPS with every port',
    async file => {
      const imported = await run('odps', 'import', ...flags, file);
      expect(imported.code).toBe(0);
      files[`${file}.catalog-info.yaml`] = imported.stdout;
      expect(await run('lint', `${file}.catalog-info.yaml`)).toMatchObject({
        code: 0,
      });
      const exported = await run('odps', 'export', `${file}.catalog-info.yaml`);
      expect(exported).toMatchObject({ code: 0 });
      const document = parse(exported.stdout);
      expect(validateOdpsDocument(document)).toEqual([]);
      const ports = (doc: any) =>
        doc.outputPorts?.map((p: any) => `${p.name} ${p.version}`);
      expect(ports(document)).toEqual(ports(parse(files[file])));
    },
  );

  it('warns at its line that the v0.9.0 example lists its team', async () => {
    const { code, stderr } = await run(
      'odps',
      'import',
      ...flags,
      'v0.9.0/customer-data-product.odps.yaml',
    );
    expect(code).toBe(0);
    expect(stderr).toBe(
      [
        'v0.9.0/customer-data-product.odps.yaml:81:1: warning: $.team: a list of members, as ODPS v0.9.0 wrote the team; read as team.members, as ODPS v1.0.0 has it',
        'meshwork odps import: 1 data product from v0.9.0/customer-data-product.odps.yaml, 1 warning',
        '',
      ].join('\n'),
    );
  });
});

describe('meshwork odps with fields ODPS does not know', () => {
  it('imports, warning of each at its key, and exits 0', async () => {
    const { code, stdout, stderr } = await run(
      'odps',
      'import',
      'vendor.odps.yaml',
    );
    expect(stderr).toBe(
      [
        'vendor.odps.yaml:4:1: warning: $.x-vendor: not a field of ODPS v1.1.0; kept in spec.customProperties.odps for the export',
        'vendor.odps.yaml:13:5: warning: $.outputPorts[1].x-owner: not a field of ODPS v1.1.0; kept in spec.customProperties.odps for the export',
        'meshwork odps import: 1 data product from vendor.odps.yaml, 2 warnings',
        '',
      ].join('\n'),
    );
    expect(code).toBe(0);
    expect(parse(stdout).spec.customProperties.odps).toEqual({
      'x-vendor': 'acme',
      outputPorts: { 'orders@2.0.0': { 'x-owner': 'team-b' } },
    });
  });

  it('refuses them with --strict, printing nothing', async () => {
    expect(await run('odps', 'import', '--strict', 'vendor.odps.yaml')).toEqual(
      {
        code: 1,
        stdout: '',
        stderr: expect.stringMatching(
          /^vendor\.odps\.yaml:4:1: error: \$\.x-vendor: not a field of ODPS v1\.1\.0; expected one of .*\nvendor\.odps\.yaml:13:5: error: \$\.outputPorts\[1\]\.x-owner: not a field of ODPS v1\.1\.0; expected one of .*\n$/,
        ),
      },
    );
  });

  it('exports them as custom properties, saying so, and the document is valid', async () => {
    files['vendor.yaml'] = (
      await run('odps', 'import', 'vendor.odps.yaml')
    ).stdout;
    const { code, stdout, stderr } = await run('odps', 'export', 'vendor.yaml');
    expect(code).toBe(0);
    expect(stderr).toBe(
      [
        'vendor.yaml:1:1: warning: orders-daily: in the ODPS export, $.outputPorts[1].x-owner: not a field of ODPS v1.1.0; written as the custom property "x-owner" of $.outputPorts[1]',
        'vendor.yaml:1:1: warning: orders-daily: in the ODPS export, $.x-vendor: not a field of ODPS v1.1.0; written as the custom property "x-vendor" of $',
        'meshwork odps export: 1 data product of vendor.yaml as ODPS v1.1.0, 2 warnings',
        '',
      ].join('\n'),
    );
    const [document] = parseAllDocuments(stdout).map(doc => doc.toJS());
    expect(validateOdpsDocument(document)).toEqual([]);
    expect(document.outputPorts[1].customProperties).toEqual([
      { property: 'x-owner', value: 'team-b' },
    ]);
  });
});
