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

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closedPortUrl } from './evaluate/fakeBackend';

const binPath = path.resolve(__dirname, '../bin/meshwork');

// Each run starts a Node process that compiles the TypeScript source.
jest.setTimeout(60_000);

describe('bin/meshwork', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-cli-'));
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Writes a file into the temporary folder and returns its name, as a user would type it there. */
  function write(name: string, ...lines: string[]): string {
    fs.writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
    return name;
  }

  function meshwork(...args: string[]) {
    const { status, stdout, stderr } = spawnSync(
      process.execPath,
      [binPath, ...args],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    return { status, stdout, stderr };
  }

  const validProduct = [
    'apiVersion: meshwork.dev/v1alpha1',
    'kind: DataProduct',
    'metadata:',
    '  name: orders-daily',
    'spec:',
    '  owner: group:sales-data',
    '  domain: sales',
    '  status: active',
  ];

  it('exits 0 on valid files and sums up on stderr', () => {
    const product = write('valid.yaml', ...validProduct);
    const component = write(
      'component.yaml',
      'kind: Component',
      'metadata:',
      '  name: x',
    );
    expect(meshwork('lint', product, component)).toEqual({
      status: 0,
      stdout: '',
      stderr: 'meshwork lint: 2 files, 1 data product, no problems\n',
    });
  });

  it('exits 1 and prints FILE:LINE:COLUMN lines for broken YAML and invalid documents', () => {
    const file = write(
      'catalog-info.yaml',
      'kind: DataProduct', //                           1
      'metadata:', //                                   2
      '  description: Orders: one row per order line', // 3
      '---', //                                         4
      ...validProduct, //                               5-12
      '  outputPorts:', //                              13
      '    - name: orders-v1', //                       14
      '    - name: orders-v2', //                       15
      '      sla: { freshness: 24 hours }', //         16
    );
    expect(meshwork('lint', file)).toEqual({
      status: 1,
      stdout: [
        'catalog-info.yaml:3:16: error: YAML syntax: Nested mappings are not allowed in compact mappings',
        'catalog-info.yaml:16:25: error: spec.outputPorts[1].sla.freshness: found "24 hours"; expected an ISO-8601 duration such as PT24H or P1D',
        '',
      ].join('\n'),
      stderr: 'meshwork lint: 1 file, 1 data product, 2 problems\n',
    });
  });

  it('exits 2 on usage errors', () => {
    expect(meshwork('lint')).toMatchObject({ status: 2, stdout: '' });
    expect(meshwork('lint', 'nope.yaml')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'meshwork lint: cannot read nope.yaml: no such file\n',
    });
    expect(meshwork('check', 'nope.yaml')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('unknown command "check"'),
    });
  });

  it('evaluate: exits 2 with one line and no stack trace when the backend is down', async () => {
    const file = write('orders.yaml', ...validProduct);
    const url = await closedPortUrl();
    expect(meshwork('evaluate', '--backend', url, file)).toEqual({
      status: 2,
      stdout: '',
      stderr: `meshwork evaluate: cannot connect to ${url}: connection refused; is the backend running? Or pass --backend URL or set MESHWORK_BACKEND_URL\n`,
    });
  });

  it('odps: imports an ODPS file into a catalog-info.yaml that lint accepts, and exports it back', () => {
    const odps = write(
      'orders.odps.yaml',
      'apiVersion: v1.1.0',
      'kind: DataProduct',
      'id: 0f1e7c52-3b6a-4d8e-9a41-8c2d5e7f9b13',
      'name: Orders daily',
      'status: active',
      'domain: sales',
      'team:',
      '  name: group:sales-data',
      'tenant: acme',
    );
    const imported = meshwork('odps', 'import', odps);
    expect(imported).toMatchObject({
      status: 0,
      stderr: 'meshwork odps import: 1 data product from orders.odps.yaml\n',
    });
    const catalogInfo = write('catalog-info.yaml', imported.stdout);
    expect(meshwork('lint', catalogInfo)).toMatchObject({ status: 0 });
    const exported = meshwork('odps', 'export', catalogInfo);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain(
      'id: 0f1e7c52-3b6a-4d8e-9a41-8c2d5e7f9b13\n',
    );
    expect(exported.stdout).toContain('tenant: acme\n');
  });

  it('prints help and version on stdout', () => {
    expect(meshwork('--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('lint FILE...'),
    });
    expect(meshwork('--help')).toMatchObject({
      stdout: expect.stringContaining('evaluate FILE'),
    });
    expect(meshwork('--version')).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/),
    });
  });
});
