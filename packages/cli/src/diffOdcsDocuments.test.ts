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
import { parseDocument } from 'yaml';
import { stringify } from 'yaml';
import {
  baseMesh,
  contractApi,
  lineOf,
  runDiff,
  yamlFile,
} from './diff/testMesh';

// The official Bitol ODCS v3.1.0 full example, as -common's reader tests hold it.
const fullExample = fs.readFileSync(
  path.resolve(
    __dirname,
    '../../../plugins/data-products-common/src/odcs/__fixtures__/full-example.odcs.yaml',
  ),
  'utf8',
);

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-diff-odcs-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A side: catalog-info.yaml with a product whose port names its contract by contractId only, and the ODCS file. */
function side(name: string, contract: string): string {
  const root = path.join(dir, name);
  fs.mkdirSync(path.join(root, 'contracts'), { recursive: true });
  const product = baseMesh().product;
  const port = product.spec.outputPorts[0];
  delete port.contract;
  port.contractId = '53581432-6c55-4ba2-a65f-72344a91553a';
  fs.writeFileSync(path.join(root, 'catalog-info.yaml'), yamlFile([product]));
  fs.writeFileSync(path.join(root, 'contracts', 'full.odcs.yaml'), contract);
  return root;
}

describe('meshwork diff, contracts as ODCS documents', () => {
  it('finds the official full example valid and unchanged', async () => {
    const result = await runDiff([
      side('old', fullExample),
      side('new', fullExample),
    ]);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: 'meshwork diff: 1 data product (1 unchanged); no changes\n',
    });
  });

  it('matches the port by contractId and points into the ODCS file', async () => {
    const changed = parseDocument(fullExample);
    changed.deleteIn(['schema', 0, 'properties', 2]);
    changed.setIn(['schema', 0, 'properties', 0, 'required'], true);
    const old = side('old', fullExample);
    const now = side('new', changed.toString());
    const result = await runDiff([old, now]);
    const oldFile = path.join(old, 'contracts', 'full.odcs.yaml');
    const newFile = path.join(now, 'contracts', 'full.odcs.yaml');
    expect(result.stdout.split('\n')).toEqual([
      'dataproduct:default/orders-daily: 2 changes, 2 breaking without a new major version',
      `BREAKING ${oldFile}:${lineOf(
        oldFile,
        '- id: rcvr_cntry_code_prop',
      )}:9: port orders v1.2.0: column tbl.rcvr_cntry_code was removed; no known reader`,
      `BREAKING ${newFile}:${lineOf(
        newFile,
        '- id: txn_ref_dt_prop',
      )}:9: port orders v1.2.0: column tbl.transaction_reference_date is now required: writers must fill it and older rows may not; no known reader`,
      '',
    ]);
    expect(result.code).toBe(1);
  });

  it("follows an API entity's $text substitution to the contract's file", async () => {
    const write = (name: string, columns: number) => {
      const root = path.join(dir, name);
      fs.mkdirSync(path.join(root, 'contracts'), { recursive: true });
      const mesh = baseMesh();
      mesh.contract.schema[0].properties.splice(columns);
      const api = contractApi(mesh.contract);
      api.spec.definition = { $text: './contracts/orders.odcs.yaml' };
      fs.writeFileSync(
        path.join(root, 'catalog-info.yaml'),
        yamlFile([mesh.product, api]),
      );
      fs.writeFileSync(
        path.join(root, 'contracts', 'orders.odcs.yaml'),
        stringify(mesh.contract),
      );
      return root;
    };
    const [old, now] = [write('old', 3), write('new', 2)];
    const oldContract = path.join(old, 'contracts', 'orders.odcs.yaml');
    const result = await runDiff([old, now]);
    expect(result.stdout).toContain(
      `BREAKING ${oldContract}:${lineOf(
        oldContract,
        '- name: amount',
      )}:9: port orders v1.2.0: column orders.amount was removed`,
    );
    expect(result.code).toBe(1);

    fs.rmSync(path.join(now, 'contracts'), { recursive: true });
    const missing = await runDiff([old, now]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'error: api:default/orders-contract: spec.definition.$text: ./contracts/orders.odcs.yaml is not among the files given',
    );
  });
});
