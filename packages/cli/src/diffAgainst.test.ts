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

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import {
  baseMesh,
  contractApi,
  lineOf,
  runDiff,
  writeMesh,
  yamlFile,
  type Mesh,
} from './diff/testMesh';

let repo: string;

function git(...args: string[]) {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
}

function commit(message: string) {
  git('add', '-A');
  git(
    '-c',
    'user.name=Meshwork Tests',
    '-c',
    'user.email=tests@example.com',
    'commit',
    '-q',
    '-m',
    message,
  );
}

const port = (mesh: Mesh) => mesh.product.spec.outputPorts[0];

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-diff-git-'));
  git('init', '-q');
  writeMesh(repo, baseMesh());
  commit('orders-daily and its contract');
});

afterEach(() => {
  fs.rmSync(repo, { recursive: true, force: true });
});

describe('meshwork diff --against REF', () => {
  it('stops a removed column until the port has a new major version, naming the column and its reader', async () => {
    const removedAt = lineOf(
      path.join(repo, 'catalog-info.yaml'),
      '- name: customer_id',
    );
    const mesh = baseMesh();
    mesh.contract.schema[0].properties.splice(1, 1);
    writeMesh(repo, mesh);

    const removed = await runDiff(['--against', 'HEAD', repo]);
    expect(removed.code).toBe(1);
    expect(removed.stdout).toBe(
      [
        'dataproduct:default/orders-daily: 1 change, 1 breaking without a new major version',
        `BREAKING HEAD:catalog-info.yaml:${removedAt}:13: port orders v1.2.0: column orders.customer_id was removed; read by dataproduct:default/kpis`,
        '',
      ].join('\n'),
    );
    expect(removed.stderr).toContain('a new major version');

    port(mesh).version = '2.0.0';
    writeMesh(repo, mesh);
    const bumped = await runDiff(['--against', 'HEAD', repo]);
    const now = path.join(repo, 'catalog-info.yaml');
    expect(bumped.code).toBe(0);
    expect(bumped.stdout.split('\n')).toEqual([
      'dataproduct:default/orders-daily: 2 changes',
      `BREAKING ${now}:${lineOf(
        now,
        'version: 2.0.0',
      )}:16: port orders v1.2.0: output port orders v1.2.0 was replaced by orders v2.0.0: its readers must move; allowed: new major version of the port; read by dataproduct:default/kpis`,
      `BREAKING HEAD:catalog-info.yaml:${removedAt}:13: port orders v1.2.0: column orders.customer_id was removed; allowed: new major version of the port; read by dataproduct:default/kpis`,
      '',
    ]);
  });

  it('reads the current folder when no PATH is given', async () => {
    const mesh = baseMesh();
    port(mesh).sla.freshness = 'P2D';
    writeMesh(repo, mesh);
    const cwd = process.cwd();
    process.chdir(repo);
    try {
      const result = await runDiff(['--against', 'HEAD']);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        `BREAKING catalog-info.yaml:${lineOf(
          'catalog-info.yaml',
          'freshness: P2D',
        )}:20: port orders v1.2.0: sla.freshness went from PT24H to P2D`,
      );
    } finally {
      process.chdir(cwd);
    }
  });

  it('takes one file; a product new since the ref is added, which breaks nothing', async () => {
    const added = path.join(repo, 'products', 'returns.yaml');
    fs.mkdirSync(path.dirname(added));
    const returns = baseMesh().product;
    returns.metadata.name = 'returns';
    returns.spec.outputPorts = [];
    fs.writeFileSync(added, yamlFile([returns]));
    const result = await runDiff(['--against', 'HEAD', added]);
    expect(result).toEqual({
      code: 0,
      stdout: `dataproduct:default/returns: added in ${added}\n`,
      stderr: 'meshwork diff: 1 data product (1 added); no changes\n',
    });
  });

  it('reads no file under node_modules or a dot-folder, at the ref or now', async () => {
    for (const folder of ['node_modules/pkg', '.github']) {
      fs.mkdirSync(path.join(repo, folder), { recursive: true });
      fs.writeFileSync(
        path.join(repo, folder, 'broken.yaml'),
        'kind: DataProduct\n  bad: [\n',
      );
    }
    commit('folders the diff skips');
    const result = await runDiff(['--against', 'HEAD', repo]);
    expect(result.code).toBe(0);
  });

  it('refuses a ref that does not exist, and a path outside any repository', async () => {
    const unknown = await runDiff(['--against', 'origin/nope', repo]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      `meshwork diff: git ref "origin/nope" does not exist in ${fs.realpathSync(
        repo,
      )}; fetch it first (in CI, check out with fetch-depth: 0)\n`,
    );
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-no-git-'));
    try {
      const result = await runDiff(['--against', 'HEAD', outside]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^meshwork diff: \S+ is not in a git repository \(fatal: not a git repository/,
      );
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it("follows a $text substitution at the ref, in the entity's folder", async () => {
    const write = (mesh: Mesh) => {
      const api = contractApi(mesh.contract);
      api.spec.definition = { $text: '../contracts/orders.odcs.yaml' };
      fs.mkdirSync(path.join(repo, 'products'), { recursive: true });
      fs.mkdirSync(path.join(repo, 'contracts'), { recursive: true });
      fs.writeFileSync(
        path.join(repo, 'products', 'orders.yaml'),
        yamlFile([mesh.product, api]),
      );
      fs.writeFileSync(
        path.join(repo, 'contracts', 'orders.odcs.yaml'),
        stringify(mesh.contract),
      );
    };
    fs.rmSync(path.join(repo, 'catalog-info.yaml'));
    write(baseMesh());
    commit('the contract in its own file');
    const removedAt = lineOf(
      path.join(repo, 'contracts', 'orders.odcs.yaml'),
      '- name: customer_id',
    );
    const mesh = baseMesh();
    mesh.contract.schema[0].properties.splice(1, 1);
    write(mesh);
    const result = await runDiff(['--against', 'HEAD', repo]);
    expect(result.stdout).toContain(
      `BREAKING HEAD:contracts/orders.odcs.yaml:${removedAt}:9: port orders v1.2.0: column orders.customer_id was removed; read by dataproduct:default/kpis`,
    );
  });
});
