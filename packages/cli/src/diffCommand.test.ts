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
import {
  baseMesh,
  column,
  lineOf,
  runDiff,
  writeMesh,
  type Mesh,
} from './diff/testMesh';

let scratch: string;
let count = 0;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-diff-'));
});

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** A new pair of folders: OLD from `old` (the base by default), NEW from `now`. */
function folders(
  now: (mesh: Mesh) => void,
  old: (mesh: Mesh) => void = () => {},
) {
  const dir = path.join(scratch, String(++count));
  const [before, after] = [baseMesh(), baseMesh()];
  old(before);
  old(after);
  now(after);
  writeMesh(path.join(dir, 'old'), before);
  writeMesh(path.join(dir, 'new'), after);
  return { old: path.join(dir, 'old'), now: path.join(dir, 'new') };
}

const run = runDiff;

const port = (mesh: Mesh) => mesh.product.spec.outputPorts[0];
const columns = (mesh: Mesh) => mesh.contract.schema[0].properties;

/** Each kind of change the engine knows, made in NEW (and OLD where it starts elsewhere). */
const cases: Array<{
  kind: string;
  severity: string;
  now: (mesh: Mesh) => void;
  old?: (mesh: Mesh) => void;
  allowedBy?: string;
}> = [
  {
    kind: 'port-removed',
    severity: 'breaking',
    now: m => (m.product.spec.outputPorts = []),
  },
  {
    kind: 'port-version-replaced',
    severity: 'breaking',
    allowedBy: 'port-major',
    now: m => (port(m).version = '2.0.0'),
  },
  {
    kind: 'port-added',
    severity: 'compatible',
    now: m =>
      m.product.spec.outputPorts.push({ name: 'refunds', version: '1.0.0' }),
  },
  {
    kind: 'port-deprecated',
    severity: 'notable',
    now: m => (port(m).deprecated = true),
  },
  {
    kind: 'port-type-changed',
    severity: 'notable',
    now: m => (port(m).type = 'view'),
  },
  {
    kind: 'server-changed',
    severity: 'breaking',
    now: m => (port(m).server.location = 'SALES.CURATED.ORDERS_V2'),
  },
  {
    kind: 'sla-weakened',
    severity: 'breaking',
    now: m => (port(m).sla.freshness = 'P2D'),
  },
  {
    kind: 'sla-strengthened',
    severity: 'compatible',
    now: m => (port(m).sla.availability = 99.9),
  },
  {
    kind: 'sla-removed',
    severity: 'notable',
    now: m => delete port(m).sla.freshness,
  },
  {
    kind: 'classification-tightened',
    severity: 'breaking',
    now: m => (port(m).classification = 'confidential'),
  },
  {
    kind: 'classification-loosened',
    severity: 'notable',
    now: m => (port(m).classification = 'public'),
  },
  {
    kind: 'pii-added',
    severity: 'notable',
    now: m => (port(m).containsPii = true),
  },
  {
    kind: 'contract-removed',
    severity: 'notable',
    now: m => delete port(m).contract,
  },
  {
    kind: 'contract-added',
    severity: 'compatible',
    old: m => delete port(m).contract,
    now: m => (port(m).contract = 'api:orders-contract'),
  },
  {
    kind: 'schema-object-removed',
    severity: 'breaking',
    old: m => m.contract.schema.push({ name: 'refunds', properties: [] }),
    now: m => m.contract.schema.pop(),
  },
  {
    kind: 'schema-object-added',
    severity: 'compatible',
    now: m => m.contract.schema.push({ name: 'refunds', properties: [] }),
  },
  {
    kind: 'column-removed',
    severity: 'breaking',
    now: m => columns(m).splice(1, 1),
  },
  {
    kind: 'column-renamed',
    severity: 'breaking',
    now: m => (columns(m)[1].name = 'customer_ref'),
  },
  {
    kind: 'column-added',
    severity: 'compatible',
    now: m => columns(m).push(column('note')),
  },
  {
    kind: 'column-type-changed',
    severity: 'breaking',
    now: m => (columns(m)[2].logicalType = 'string'),
  },
  {
    kind: 'column-made-required',
    severity: 'breaking',
    now: m => (columns(m)[1].required = true),
  },
  {
    kind: 'column-made-optional',
    severity: 'notable',
    now: m => (columns(m)[0].required = false),
  },
  {
    kind: 'product-retired',
    severity: 'breaking',
    now: m => (m.product.spec.status = 'retired'),
  },
  {
    kind: 'product-deprecated',
    severity: 'notable',
    now: m => (m.product.spec.status = 'deprecated'),
  },
];

describe('meshwork diff OLD NEW', () => {
  it('finds nothing between two copies of the same folder, and exits 0', async () => {
    const { old, now } = folders(() => {});
    const result = await run([old, now]);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: 'meshwork diff: 2 data products (2 unchanged); no changes\n',
    });
  });

  it.each(cases)(
    'classifies $kind as $severity, end to end',
    async ({ kind, severity, now, old, allowedBy }) => {
      const dirs = folders(now, old);
      const result = await run(['--format', 'json', dirs.old, dirs.now]);
      const [orders] = JSON.parse(result.stdout);
      expect(orders.changes).toEqual([
        expect.objectContaining({
          kind,
          severity,
          // where to look: the product's file, or the API entity's holding the contract
          file: expect.stringMatching(/(old|new)\/catalog-info\.yaml$/),
          line: expect.any(Number),
          column: expect.any(Number),
          ...(kind === 'port-added'
            ? {}
            : { readers: ['dataproduct:default/kpis'] }),
          ...(allowedBy ? { allowedBy } : {}),
        }),
      ]);
      const unversioned = severity === 'breaking' && !allowedBy;
      expect(result.code).toBe(unversioned ? 1 : 0);
      expect(result.stderr).toContain(
        unversioned ? 'a new major version' : 'meshwork diff: ',
      );
    },
  );
});

describe('meshwork diff, what a repository holds besides', () => {
  it('skips ODPS documents, software templates and files that are not catalog files', async () => {
    const dirs = folders(() => {});
    const odps = fs.readFileSync(
      path.resolve(
        __dirname,
        '../../../plugins/data-products-common/src/odps/__fixtures__/bitol-odps-example-simple-data-product.odps.yaml',
      ),
    );
    fs.writeFileSync(path.join(dirs.now, 'orders.odps.yaml'), odps);
    fs.mkdirSync(path.join(dirs.now, 'template', 'content'), {
      recursive: true,
    });
    fs.writeFileSync(
      path.join(dirs.now, 'template', 'content', 'catalog-info.yaml'),
      'apiVersion: meshwork.dev/v1alpha1\nkind: DataProduct\nmetadata:\n  name: ${{ values.name }}\n',
    );
    fs.writeFileSync(
      path.join(dirs.now, 'chart.yaml'),
      'kind: Deployment\nspec: {{ .Values.spec }}\n',
    );
    fs.writeFileSync(
      path.join(dirs.now, 'notes.txt'),
      'kind: DataProduct\n  [',
    );
    const result = await run([dirs.old, dirs.now]);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: 'meshwork diff: 2 data products (2 unchanged); no changes\n',
    });
  });
});

describe('meshwork diff, the text report', () => {
  it('prints one line per change, severity first, at the line of the field, with the readers', async () => {
    const dirs = folders(m => {
      columns(m).splice(1, 1);
      columns(m).push(column('note'));
      port(m).sla.freshness = 'P2D';
      port(m).deprecated = true;
    });
    const result = await run([dirs.old, dirs.now]);
    const oldFile = path.join(dirs.old, 'catalog-info.yaml');
    const newFile = path.join(dirs.now, 'catalog-info.yaml');
    const at = (file: string, text: string, col: number) =>
      `${file}:${lineOf(file, text)}:${col}:`;
    expect(result.stdout.split('\n')).toEqual([
      'dataproduct:default/orders-daily: 4 changes, 2 breaking without a new major version',
      `BREAKING ${at(
        newFile,
        'freshness: P2D',
        20,
      )} port orders v1.2.0: sla.freshness went from PT24H to P2D: longer, a weaker promise; read by dataproduct:default/kpis`,
      `BREAKING ${at(
        oldFile,
        '- name: customer_id',
        13,
      )} port orders v1.2.0: column orders.customer_id was removed; read by dataproduct:default/kpis`,
      `notable ${at(
        newFile,
        'deprecated: true',
        19,
      )} port orders v1.2.0: the port version is deprecated: its readers should move to a newer one; read by dataproduct:default/kpis`,
      `compatible ${at(
        newFile,
        '- name: note',
        13,
      )} port orders v1.2.0: column orders.note was added; read by dataproduct:default/kpis`,
      '',
    ]);
    expect(result.stderr).toBe(
      [
        'meshwork diff: 2 data products (1 changed, 1 unchanged); 4 changes: 2 breaking, 1 notable, 1 compatible; 2 breaking changes without a new major version',
        "meshwork diff: give each port a breaking change lands on a new major version (a new port version beside the old one, which stays, deprecated, while its readers move), or bump the product's major version",
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(1);
  });
});
