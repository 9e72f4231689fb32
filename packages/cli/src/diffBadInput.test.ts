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
  contractApi,
  lineOf,
  runDiff,
  writeMesh,
  yamlFile,
  type Mesh,
} from './diff/testMesh';

let scratch: string;
let count = 0;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-diff-bad-'));
});

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** OLD is the base mesh; NEW is what `change` makes of it. Returns NEW's catalog-info.yaml too. */
function folders(change: (mesh: Mesh) => void = () => {}) {
  const dir = path.join(scratch, String(++count));
  const mesh = baseMesh();
  writeMesh(path.join(dir, 'old'), baseMesh());
  change(mesh);
  writeMesh(path.join(dir, 'new'), mesh);
  const now = path.join(dir, 'new');
  return {
    old: path.join(dir, 'old'),
    now,
    file: path.join(now, 'catalog-info.yaml'),
  };
}

const columns = (mesh: Mesh) => mesh.contract.schema[0].properties;
const nothingCompared =
  'meshwork diff: 1 problem in the files; nothing compared\n';

describe('meshwork diff, bad input', () => {
  it('names the line of YAML that does not parse', async () => {
    const dirs = folders();
    fs.writeFileSync(
      dirs.file,
      'apiVersion: meshwork.dev/v1alpha1\nkind: DataProduct\nmetadata:\n  name: [orders\n',
    );
    const result = await runDiff([dirs.old, dirs.now]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^${dirs.file}:5:1: error: YAML syntax: .*\\n${nothingCompared}$`,
      ),
    );
    expect(result.stdout).toBe('');
  });

  it("names the line, in the API entity's file, where a contract stops being YAML", async () => {
    const dirs = folders();
    const text = fs
      .readFileSync(dirs.file, 'utf8')
      .replace('physicalType: table', 'physicalType: [table');
    fs.writeFileSync(dirs.file, text);
    const result = await runDiff([dirs.old, dirs.now]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        `^${dirs.file}:(\\d+):\\d+: error: api:default/orders-contract: spec.definition: the contract is not valid YAML or JSON: `,
      ),
    );
    const line = Number(result.stderr.split(':')[1]);
    // js-yaml stops where the open list cannot go on: at or after the bracket
    expect(line).toBeGreaterThanOrEqual(
      lineOf(dirs.file, 'physicalType: [table'),
    );
    expect(line).toBeLessThanOrEqual(
      lineOf(dirs.file, 'physicalType: [table') + 2,
    );
  });

  it('names the field of a contract that breaks the ODCS v3.1.0 schema, at its line', async () => {
    const dirs = folders(m => (columns(m)[1].required = 'sometimes'));
    const result = await runDiff([dirs.old, dirs.now]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `${dirs.file}:${lineOf(
        dirs.file,
        'required: sometimes',
      )}:23: error: api:default/orders-contract: schema[0].properties[1].required: found "sometimes"; expected true or false\n${nothingCompared}`,
    });
  });

  it('names a contract that is no ODCS contract at its kind', async () => {
    const dirs = folders(m => (m.contract.kind = 'Contract'));
    const result = await runDiff([dirs.old, dirs.now]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${dirs.file}:${lineOf(
        dirs.file,
        'kind: Contract',
      )}:11: error: api:default/orders-contract: This is not an ODCS data contract: kind: expected DataContract, got "Contract".\n${nothingCompared}`,
    );
  });

  it('names a port whose contract is not among the files', async () => {
    const dirs = folders(m => {
      m.product.spec.outputPorts[0].contract = 'api:orders-contract-v9';
    });
    const result = await runDiff([dirs.old, dirs.now]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${dirs.file}:${lineOf(
        dirs.file,
        'contract: api:orders-contract-v9',
      )}:17: error: spec.outputPorts[0].contract: the port's contract is not among the files given (looked for the API entity api:default/orders-contract-v9); give the files or folder that hold it too\n${nothingCompared}`,
    );
  });

  it('names a port whose contract is an API of another type', async () => {
    const dirs = folders();
    const api = contractApi(baseMesh().contract, 'orders-openapi');
    api.spec.type = 'openapi';
    const product = baseMesh().product;
    product.spec.outputPorts[0].contract = 'api:orders-openapi';
    fs.writeFileSync(dirs.file, yamlFile([product, api]));
    const result = await runDiff([dirs.old, dirs.now]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'error: spec.outputPorts[0].contract: api:default/orders-openapi is an API of spec.type openapi, not an ODCS contract (spec.type: odcs)',
    );
  });

  it("reports a product the linter finds problems in with the linter's messages", async () => {
    const dirs = folders(m => (m.product.spec.status = 'actve'));
    const result = await runDiff([dirs.old, dirs.now]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${dirs.file}:${lineOf(
        dirs.file,
        'status: actve',
      )}:11: error: spec.status: found "actve"; expected one of proposed, draft, active, deprecated, retired\n${nothingCompared}`,
    );
  });

  it('refuses a product defined twice in one side', async () => {
    const dirs = folders();
    fs.writeFileSync(
      path.join(dirs.now, 'copy.yaml'),
      yamlFile([baseMesh().product]),
    );
    const result = await runDiff([dirs.old, dirs.now]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'error: dataproduct:default/orders-daily is defined twice: here and in',
    );
  });

  it('refuses a path that does not exist', async () => {
    const dirs = folders();
    const missing = path.join(dirs.now, 'nope');
    expect(await runDiff([dirs.old, missing])).toEqual({
      code: 2,
      stdout: '',
      stderr: `meshwork diff: cannot read ${missing}: no such file\n`,
    });
  });

  it('warns of a v3.0 contract, read without a schema check, and compares it', async () => {
    const dirs = folders(m => {
      m.contract.apiVersion = 'v3.0.2';
      columns(m).splice(1, 1);
    });
    const result = await runDiff([dirs.old, dirs.now]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${dirs.file}:${lineOf(
        dirs.file,
        'apiVersion: v3.0.2',
      )}:17: warning: api:default/orders-contract: ODCS v3.0.2 is read without a schema check: Meshwork holds the JSON Schema of ODCS v3.1.0 only\n`,
    );
    expect(result.stdout).toContain('column orders.customer_id was removed');
  });

  it('compares an OLD contract that breaks the schema, with a warning: it is already merged', async () => {
    const dirs = folders();
    const old = path.join(dirs.old, 'catalog-info.yaml');
    fs.writeFileSync(
      old,
      fs
        .readFileSync(old, 'utf8')
        .replace(
          'status: active\n    schema',
          'status: active\n    colour: red\n    schema',
        ),
    );
    const result = await runDiff([dirs.old, dirs.now]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `${old}:${lineOf(
        old,
        'colour: red',
      )}:5: warning: api:default/orders-contract: colour: not a field of ODCS v3.1.0;`,
    );
  });
});

describe('meshwork diff, usage errors', () => {
  it.each([
    [[], 'expected OLD and NEW (files or folders), or --against REF'],
    [['a'], 'expected OLD and NEW (files or folders), or --against REF'],
    [['a', 'b', 'c'], 'expected OLD and NEW, got 3 paths'],
    [
      ['--against', 'HEAD', 'a', 'b'],
      'with --against, give one PATH (or none for the current folder), not 2',
    ],
    [
      ['--against=-x'],
      '--against "-x" is not a git ref; expected one such as origin/main',
    ],
    [
      ['--format', 'xml', 'a', 'b'],
      'unknown format "xml"; expected text or json',
    ],
    [
      ['--token', 't', 'a', 'b'],
      '--token is for the catalog: give --backend URL too',
    ],
    [
      ['--backend', 'localhost:7007', 'a', 'b'],
      '--backend "localhost:7007" is not an http or https URL; expected one such as http://localhost:7007',
    ],
  ])('%j: %s', async (args, message) => {
    expect(await runDiff(args)).toEqual({
      code: 2,
      stdout: '',
      stderr: `meshwork diff: ${message}\nRun "meshwork diff --help" for usage.\n`,
    });
  });
});
