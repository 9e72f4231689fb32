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

import {
  datasetKeyMatches,
  portServerKeys,
  readDbtArtifacts,
} from '@meshwork/plugin-data-products-common';
import { generateDbtRun } from './generateDbtRun';
import { generateMesh } from './generateMesh';
import { servedTables } from './servedTables';

describe('generateDbtRun', () => {
  const mesh = generateMesh(300);
  const tables = servedTables(mesh).dbt;
  const run = generateDbtRun(tables, { tests: 10_000, now: mesh.now });

  it('writes artifacts the dbt reader takes without a problem: every test a check', () => {
    const read = readDbtArtifacts(run.artifacts);
    expect(read.problems).toEqual([]);
    expect(read.runs).toHaveLength(1);
    const checks = read.runs[0].datasets.flatMap(d => d.checks);
    expect(checks.filter(c => c.kind === 'quality')).toHaveLength(10_000);
    expect(read.runs[0]).toMatchObject({
      tool: 'dbt',
      runId: run.invocationId,
      state: 'fail', // some tests fail, as dbt's exit code says
    });
  });

  it('puts each test on the model whose table a port serves, or on a staging model no port serves', () => {
    const read = readDbtArtifacts(run.artifacts);
    const portKeys = mesh.products.flatMap(p =>
      (p.spec.outputPorts ?? []).flatMap(port =>
        port.server ? portServerKeys(port.server) : [],
      ),
    );
    const served = (keys: string[]) =>
      keys.some(key =>
        portKeys.some(portKey => datasetKeyMatches(portKey, key)),
      );
    const tested = read.runs[0].datasets.filter(d =>
      d.checks.some(c => c.kind === 'quality'),
    );
    const placed = tested.filter(d => served(d.keys));
    expect(placed).toHaveLength(tables.length);
    expect(tested.length - placed.length).toBeGreaterThan(0);
    expect(run.tests.filter(t => !t.table)).toHaveLength(500);
  });

  it('fails some tests, and the same seed gives the same run', () => {
    const failed = run.tests.filter(t => t.status === 'fail').length;
    expect(failed).toBeGreaterThan(50);
    expect(failed).toBeLessThan(1_000);
    expect(generateDbtRun(tables, { tests: 100, now: mesh.now })).toEqual(
      generateDbtRun(tables, { tests: 100, now: mesh.now }),
    );
  });
});
