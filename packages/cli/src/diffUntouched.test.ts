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
  runDiff,
  yamlFile,
  type Json,
  type Mesh,
} from './diff/testMesh';

// meshwork diff holds a contract whose text is the same in OLD and NEW
// unread (see diff/untouchedContracts.ts). These are the cases where the
// diff must look into one after all, and what it gives up.

let scratch: string;
let count = 0;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-diff-untouched-'));
});

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** OLD and NEW holding the same contracts.yaml, and each its own product. */
function sides(contracts: Json[], old: Json, now: Json) {
  const dir = path.join(scratch, String(++count));
  for (const [side, product] of [
    ['old', old],
    ['new', now],
  ] as const) {
    fs.mkdirSync(path.join(dir, side), { recursive: true });
    fs.writeFileSync(
      path.join(dir, side, 'catalog-info.yaml'),
      yamlFile([product]),
    );
    fs.writeFileSync(
      path.join(dir, side, 'contracts.yaml'),
      yamlFile(contracts),
    );
  }
  return [path.join(dir, 'old'), path.join(dir, 'new')];
}

const port = (mesh: Mesh) => mesh.product.spec.outputPorts[0];

describe('meshwork diff, contracts the same in OLD and NEW', () => {
  it('compares the two contracts of a port that moved from one to another, neither changed', async () => {
    const mesh = baseMesh();
    const v2 = structuredClone(mesh.contract);
    v2.schema[0].properties.splice(1, 1);
    const moved = baseMesh();
    port(moved).contract = 'api:orders-contract-v2';
    const result = await runDiff(
      sides(
        [contractApi(mesh.contract), contractApi(v2, 'orders-contract-v2')],
        mesh.product,
        moved.product,
      ),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'port orders v1.2.0: column orders.customer_id was removed',
    );
  });

  it('reads the version of a port that has none from its unchanged contract', async () => {
    const mesh = baseMesh();
    delete port(mesh).version;
    mesh.contract.version = '0.3.0';
    const weaker = structuredClone(mesh);
    port(weaker).sla.freshness = 'P2D';
    const result = await runDiff(
      sides([contractApi(mesh.contract)], mesh.product, weaker.product),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'port orders: sla.freshness went from PT24H to P2D: longer, a weaker promise; allowed: the port is at 0.x (initial development)',
    );
  });

  it('does not check an unchanged contract against the ODCS schema again', async () => {
    const mesh = baseMesh();
    mesh.contract.schema[0].properties[1].required = 'sometimes';
    const weaker = structuredClone(mesh);
    port(weaker).sla.freshness = 'P2D';
    const result = await runDiff(
      sides([contractApi(mesh.contract)], mesh.product, weaker.product),
    );
    expect(result.stderr).not.toContain('sometimes');
    expect(result.stdout).toContain('sla.freshness went from PT24H to P2D');
  });
});
