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
import os from 'node:os';
import path from 'node:path';
import { closedPortUrl, startFakeBackend } from './evaluate/fakeBackend';
import {
  baseMesh,
  lineOf,
  reader,
  runDiff,
  writeMesh,
  yamlFile,
  type Json,
} from './diff/testMesh';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-diff-readers-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function returnsProduct(): Json {
  const returns = baseMesh().product;
  returns.metadata.name = 'returns';
  returns.spec.outputPorts = [{ name: 'returns', version: '1.0.0' }];
  return returns;
}

/** OLD: orders-daily (its customer_id column removed in NEW) and returns (gone in NEW). */
function repository() {
  const [old, now] = [path.join(dir, 'old'), path.join(dir, 'new')];
  writeMesh(old, baseMesh());
  fs.writeFileSync(
    path.join(old, 'returns.yaml'),
    yamlFile([returnsProduct()]),
  );
  const mesh = baseMesh();
  mesh.contract.schema[0].properties.splice(1, 1);
  mesh.readers.push(
    reader('finance-close', { version: '1.0.0' }),
    reader('audit', { dataProduct: 'returns', port: 'returns' }),
    reader('elsewhere', { port: 'not-orders' }),
  );
  writeMesh(now, mesh);
  return { old, now };
}

describe('meshwork diff, the readers of each port', () => {
  it('names the products among NEW that read a port, and every port of a product NEW no longer holds', async () => {
    const { old, now } = repository();
    const result = await runDiff([old, now]);
    const returnsFile = path.join(old, 'returns.yaml');
    expect(result.stdout.split('\n')).toEqual([
      'dataproduct:default/orders-daily: 1 change, 1 breaking without a new major version',
      expect.stringMatching(
        /^BREAKING .*old\/catalog-info\.yaml:\d+:13: port orders v1\.2\.0: column orders\.customer_id was removed; read by dataproduct:default\/kpis, dataproduct:default\/finance-close$/,
      ),
      ...['finance-close', 'audit', 'elsewhere'].map(
        name =>
          `dataproduct:default/${name}: added in ${path.join(
            now,
            'readers',
            'catalog-info.yaml',
          )}`,
      ),
      `dataproduct:default/returns: removed from ${returnsFile}: 1 change, 1 breaking without a new major version`,
      `BREAKING ${returnsFile}:${lineOf(
        returnsFile,
        '- name: returns',
      )}:7: port returns v1.0.0: output port returns v1.0.0 was removed; read by dataproduct:default/audit`,
      '',
    ]);
    expect(result.code).toBe(1);
  });

  it('asks the catalog with --backend for the products that depend on the product, and names them too', async () => {
    const backend = await startFakeBackend();
    try {
      backend.answer(request =>
        new URL(request.url!, backend.url).searchParams.get('cursor')
          ? { status: 200, body: { items: [reader('dashboards')] } }
          : {
              status: 200,
              body: {
                items: [reader('kpis')],
                pageInfo: { nextCursor: 'page-2' },
              },
            },
      );
      const { old, now } = repository();
      const result = await runDiff(['--backend', backend.url, old, now], {
        MESHWORK_TOKEN: 'a-token',
      });
      expect(result.stdout).toContain(
        'read by dataproduct:default/kpis, dataproduct:default/dashboards, dataproduct:default/finance-close\n',
      );
      const [first, second] = backend.requests.map(
        r => new URL(r.url!, backend.url),
      );
      expect(first.pathname).toBe('/api/catalog/entities/by-query');
      expect(first.searchParams.getAll('filter')).toEqual([
        'kind=DataProduct,relations.dependsOn=dataproduct:default/orders-daily',
        'kind=DataProduct,relations.dependsOn=dataproduct:default/returns',
      ]);
      expect(second.searchParams.get('cursor')).toBe('page-2');
      expect(backend.requests[0].headers.authorization).toBe('Bearer a-token');
      expect(backend.requests).toHaveLength(2);
    } finally {
      await backend.close();
    }
  });

  it('stops with exit 2 when the catalog cannot be asked', async () => {
    const { old, now } = repository();
    const backend = await startFakeBackend();
    try {
      backend.answer({ status: 401, body: { error: { message: 'no' } } });
      const refused = await runDiff(['--backend', backend.url, old, now]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(
        /^meshwork diff: the backend needs a token/,
      );
    } finally {
      await backend.close();
    }
    const down = await closedPortUrl();
    const result = await runDiff(['--backend', down, old, now]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `meshwork diff: cannot connect to ${down}: connection refused`,
    );
  });
});
