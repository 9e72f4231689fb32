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
import { main } from './cli';

const bitolExample = fs.readFileSync(
  path.resolve(
    __dirname,
    '../../../plugins/data-products-common/src/odps/__fixtures__/bitol-odps-example-simple-data-product.odps.yaml',
  ),
  'utf8',
);

const files: Record<string, string> = {
  'catalog-info.yaml': [
    'apiVersion: meshwork.dev/v1alpha1',
    'kind: DataProduct',
    'metadata:',
    '  name: orders-daily',
    '  title: Orders (daily)',
    'spec:',
    '  owner: group:sales-data',
    '  domain: sales',
    '  status: active',
    '  type: aggregate',
    '---',
    // A Component without apiVersion would make the catalog, and so the
    // linter, refuse the whole file.
    'apiVersion: backstage.io/v1alpha1',
    'kind: Component',
    'metadata:',
    '  name: orders-service',
    '---',
    'apiVersion: meshwork.dev/v1alpha1',
    'kind: DataProduct',
    'metadata:',
    '  name: orders-raw',
    'spec:',
    '  owner: group:sales-data',
    '  domain: sales',
    '  status: draft',
    '',
  ].join('\n'),
  'invalid.yaml': [
    'apiVersion: meshwork.dev/v1alpha1',
    'kind: DataProduct',
    'metadata:',
    '  name: orders-raw',
    'spec:',
    '  owner: group:sales-data',
    '  domain: sales',
    '  status: actve',
    '',
  ].join('\n'),
  'component.yaml': 'kind: Component\nmetadata:\n  name: orders-service\n',
  'bitol.odps.yaml': bitolExample,
  'broken.odps.yaml': [
    'apiVersion: v1.1.0',
    'kind: DataProduct',
    'id: 064c4630-8aad-4dc0-ba95-0f69940e6b18',
    'outputPorts:',
    '  - description: a port without a name',
    'outputport: []',
    '',
  ].join('\n'),
};

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

describe('meshwork odps export', () => {
  it('prints an ODPS v1.1.0 document per DataProduct, separated by ---', async () => {
    const { code, stdout, stderr } = await run(
      'odps',
      'export',
      'catalog-info.yaml',
    );
    expect(code).toBe(0);
    const documents = parseAllDocuments(stdout).map(doc => doc.toJS());
    expect(documents).toEqual([
      expect.objectContaining({
        apiVersion: 'v1.1.0',
        kind: 'DataProduct',
        name: 'Orders (daily)',
        type: 'aggregate',
        team: { name: 'group:sales-data' },
      }),
      expect.objectContaining({ apiVersion: 'v1.1.0', name: 'orders-raw' }),
    ]);
    expect(stdout.split('\n')).toContain('---');
    expect(stderr).toBe(
      'meshwork odps export: 2 data products of catalog-info.yaml as ODPS v1.1.0\n',
    );
  });

  it('exits 1 on an invalid product, saying what to fix on stderr', async () => {
    expect(await run('odps', 'export', 'invalid.yaml')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'invalid.yaml:8:11: error: spec.status: found "actve"; expected one of proposed, draft, active, deprecated, retired\n',
    });
  });

  it('exits 1 when the file has no DataProduct', async () => {
    expect(await run('odps', 'export', 'component.yaml')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'meshwork odps export: component.yaml has no "kind: DataProduct" document\n',
    });
  });
});

describe('meshwork odps import', () => {
  it('names the flags to pass when owner and domain are not in the document', async () => {
    expect(await run('odps', 'import', 'bitol.odps.yaml')).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'bitol.odps.yaml:3:1: error: spec.owner: the ODPS document has no team.name to take it from; pass --owner REF, such as --owner group:sales-data',
        'bitol.odps.yaml:3:1: error: spec.domain: the ODPS document has no domain to take it from; pass --domain REF, such as --domain domain:sales',
        '',
      ].join('\n'),
    });
  });

  it('prints a catalog-info.yaml that the linter accepts and that exports back', async () => {
    const imported = await run(
      'odps',
      'import',
      '--owner',
      'group:simple-team',
      '--domain',
      'domain:testing',
      'bitol.odps.yaml',
    );
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe(
      'meshwork odps import: 1 data product from bitol.odps.yaml\n',
    );
    expect(parse(imported.stdout)).toMatchObject({
      apiVersion: 'meshwork.dev/v1alpha1',
      kind: 'DataProduct',
      metadata: { name: 'simple-data-product', title: 'Simple Data Product' },
      spec: { owner: 'group:simple-team', domain: 'domain:testing' },
    });

    files['imported.yaml'] = imported.stdout;
    expect(await run('lint', 'imported.yaml')).toMatchObject({
      code: 0,
      stdout: '',
    });
    const exported = await run('odps', 'export', 'imported.yaml');
    expect(exported.code).toBe(0);
    expect(parse(exported.stdout)).toEqual({
      ...parse(bitolExample),
      apiVersion: 'v1.1.0',
      domain: 'domain:testing',
      team: { name: 'group:simple-team' },
    });
  });

  it('points at the line of each ODPS schema problem, by JSON path', async () => {
    expect(await run('odps', 'import', 'broken.odps.yaml')).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'broken.odps.yaml:5:5: error: $.outputPorts[0].name: missing; ODPS v1.1.0 requires text here',
        'broken.odps.yaml:6:1: warning: $.outputport: not a field of ODPS v1.1.0 (did you mean "outputPorts"?); kept in spec.customProperties.odps for the export',
        '',
      ].join('\n'),
    });
    expect(
      (await run('odps', 'import', '--strict', 'broken.odps.yaml')).stderr,
    ).toContain(
      'broken.odps.yaml:6:1: error: $.outputport: not a field of ODPS v1.1.0; did you mean "outputPorts"?',
    );
  });
});

describe('meshwork odps usage', () => {
  it('exits 2 on usage errors, saying what is wrong', async () => {
    expect(await run('odps')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'meshwork odps: no command given; expected export or import\nRun "meshwork odps --help" for usage.\n',
    });
    expect((await run('odps', 'convert', 'x.yaml')).stderr).toContain(
      'unknown command "convert"; expected export or import',
    );
    expect((await run('odps', 'export')).stderr).toContain(
      'meshwork odps export: no FILE given',
    );
    expect((await run('odps', 'import', '--team', 'x', 'f')).code).toBe(2);
    expect((await run('odps', 'export', '--owner', 'x', 'f')).stderr).toContain(
      '--owner and --domain are options of import',
    );
    expect((await run('odps', 'export', '--strict', 'f')).stderr).toContain(
      '--strict is an option of import',
    );
    expect(await run('odps', 'import', 'nope.yaml')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'meshwork odps import: cannot read nope.yaml: no such file\n',
    });
  });

  it('prints help on stdout and exits 0', async () => {
    for (const args of [
      ['odps', '--help'],
      ['--help', 'odps'],
      ['odps', 'import', '--help'],
    ]) {
      const { code, stdout } = await run(...args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: meshwork odps export FILE/);
    }
    expect((await run('--help')).stdout).toContain('odps export FILE');
  });
});
