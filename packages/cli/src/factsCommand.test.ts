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
import { main } from './cli';
import { FakeBackend, startFakeBackend } from './evaluate/fakeBackend';

// The readers' own fixtures: what the tools really wrote, byte-exact.
const fixtures = path.resolve(
  __dirname,
  '../../../plugins/data-products-common/src/runs/__fixtures__',
);
const duckdbRun = path.join(
  fixtures,
  'dbt/artifacts/jaffle_shop-dbt1.8.9-duckdb-run',
);
const testFailures = path.join(
  fixtures,
  'dbt/artifacts/bigquery-dbt0.21-test-failures',
);
const gxFailure = path.join(
  fixtures,
  'great-expectations/gx1.10.0-CheckpointResult-failure.correlator-serialization.json',
);
const orders = 'dataproduct:default/orders';

describe('meshwork facts push', () => {
  let backend: FakeBackend;
  let scratch: string;

  beforeAll(async () => {
    backend = await startFakeBackend();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-facts-'));
  });

  afterAll(async () => {
    await backend.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  beforeEach(() => {
    backend.requests.length = 0;
  });

  /** A file in a scratch directory, for what the fixtures don't hold. */
  function scratchFile(name: string, content: string): string {
    const file = path.join(scratch, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  }

  /** Only the environment given: a developer's own MESHWORK_TOKEN must not leak in. */
  async function run(args: string[], env: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const code = await main(['facts', 'push', ...args], {
      stdout: text => (stdout += text),
      stderr: text => (stderr += text),
      env: { MESHWORK_BACKEND_URL: backend.url, ...env },
    });
    return { code, stdout, stderr };
  }

  it('prints what a dry run of a dbt target directory would send, and sends nothing', async () => {
    expect(await run(['--dry-run', '--from', 'dbt', duckdbRun])).toEqual({
      code: 0,
      stdout: [
        'dbt run d205f9ce-0e55-4a5f-9f69-bfa170867a41 (dbt run) finished 2024-11-27T23:49:47.252Z: complete; 1 dataset, 1 check: 1 pass',
        '  output model.jaffle_shop.customers: 1 check: 1 pass; keys dbt:model.jaffle_shop.customers, relation:jaffle_shop.main.customers',
        '',
      ].join('\n'),
      stderr: `meshwork facts push: 1 run, 1 check on 1 dataset read from ${duckdbRun}; nothing sent (--dry-run)\n`,
    });
    expect(backend.requests).toHaveLength(0);
  });

  it('posts one request for the whole dbt run and prints what the backend did with it', async () => {
    backend.answer({
      status: 201,
      body: {
        runs: 1,
        facts: 2,
        products: [orders],
        unplaced: {
          total: 21,
          items: [
            {
              label: 'source.dbt_bigquery_test.dbt_test2.source_table',
              keys: [
                'dbt:source.dbt_bigquery_test.dbt_test2.source_table',
                'relation:random-gcp-project.dbt_test2.source_table',
              ],
            },
          ],
        },
        problems: [],
      },
    });
    const result = await run(['--from', 'dbt', testFailures], {
      MESHWORK_TOKEN: 'ci-t0k3n',
    });
    expect(result).toEqual({
      code: 0,
      stdout: [
        `2 facts stored; 1 data product re-scored:`,
        `  ${orders}`,
        "21 datasets no output port claims; to claim one, add one of its keys to the port's outputPorts[].datasets, or give the port a server with the same location:",
        '  source.dbt_bigquery_test.dbt_test2.source_table: dbt:source.dbt_bigquery_test.dbt_test2.source_table, relation:random-gcp-project.dbt_test2.source_table',
        `  and 20 more; GET ${backend.url}/api/data-products/runs/unplaced lists them all`,
        '',
      ].join('\n'),
      stderr: `meshwork facts push: 1 run, 14 checks on 5 datasets from ${testFailures} sent; 1 data product re-scored, 21 datasets unplaced\n`,
    });
    expect(backend.requests).toHaveLength(1);
    const [request] = backend.requests;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/data-products/runs');
    expect(request.headers.authorization).toBe('Bearer ci-t0k3n');
    const { runs } = JSON.parse(request.body);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      tool: 'dbt',
      runId: '9adc7020-c784-4179-a4e3-e3c4ffb3b09c',
      state: 'fail',
    });
  });

  it('prints the refusal of a token that may not report facts on a product, and exits 1', async () => {
    const message = `You may not report facts for ${orders}: the permission policy does not grant you data-products.fact.create on it`;
    backend.answer({
      status: 403,
      body: { error: { name: 'NotAllowedError', message } },
    });
    const result = await run(['--from', 'gx', gxFailure]);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `meshwork facts push: the backend refused the runs (HTTP 403): ${message}; use a token of a user or service that may report facts on every data product the runs reach, or ask a portal admin\n`,
    });
    expect(backend.requests).toHaveLength(1);
  });

  it('prints the problems of a broken file as the linter does, sends nothing and exits 1', async () => {
    const full = fs.readFileSync(gxFailure, 'utf8');
    const truncated = scratchFile('truncated.json', full.slice(0, 200));
    const result = await run(['--from', 'gx', truncated]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(`^${truncated}:\\d+:\\d+: error: JSON syntax: .+\\n$`),
    );
    expect(result.stderr).toBe(
      `meshwork facts push: nothing to send from ${truncated}: 1 problem\n`,
    );

    const notGx = scratchFile('not-gx.json', '{"failed": "no"}');
    const unread = await run(['--from', 'gx', notGx]);
    expect(unread.code).toBe(1);
    expect(unread.stdout).toMatch(new RegExp(`^${notGx}: error: `));
    expect(backend.requests).toHaveLength(0);
  });

  it('reads OpenLineage events one a line, with a broken line placed at its line', async () => {
    const event = (name: string) =>
      fs
        .readFileSync(path.join(fixtures, 'openlineage/events', name), 'utf8')
        .replace(/\s*\n\s*/g, ' ');
    const lines = scratchFile(
      'events.ndjson',
      [
        event('airflow-1.14.0-BQ.upload-COMPLETE.json'),
        '{"eventType": "COMPLETE",',
        event('spark-1.19.0-cll-COMPLETE.json'),
        '',
      ].join('\n'),
    );
    const result = await run(['--dry-run', '--from', 'openlineage', lines]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^${lines}:2:\\d+: error: JSON syntax: `),
    );
    expect(result.stdout.match(/^openlineage run /gm)).toHaveLength(2);
    expect(result.stderr).toMatch(/^meshwork facts push: 2 runs, /);
  });

  it("reads datacontract-cli's test run", async () => {
    const page = fs.readFileSync(
      path.join(fixtures, 'datacontract-cli/docs-scheduling-airflow.md'),
      'utf8',
    );
    const [, json] = /^```json\n([\s\S]*?)^```$/m.exec(page)!;
    const file = scratchFile('run.json', json);
    const result = await run(['--dry-run', '--from', 'datacontract', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^datacontract-cli run /);
  });

  it('reads no file over the size cap, says so, and sends what the others hold', async () => {
    const capped = await run([
      '--dry-run',
      '--max-file-size',
      '0.02',
      '--from',
      'dbt',
      duckdbRun,
    ]);
    expect(capped.code).toBe(0);
    expect(capped.stdout).toContain(
      `${path.join(
        duckdbRun,
        'manifest.json',
      )}: error: not read: the file is 50 KB; at most 0.02 MB is read (raise it with --max-file-size)\n`,
    );
    expect(capped.stdout).toMatch(/^dbt run d205f9ce/m);

    const nothing = await run([
      '--max-file-size',
      '0.001',
      '--from',
      'gx',
      gxFailure,
    ]);
    expect(nothing.code).toBe(1);
    expect(nothing.stdout).toContain(
      `${gxFailure}: error: not read: the file is`,
    );
    expect(backend.requests).toHaveLength(0);
  });

  it('exits 1 when a dbt directory holds only a manifest, which says nothing of a run', async () => {
    const dir = path.join(scratch, 'manifest-only');
    scratchFile(
      'manifest-only/manifest.json',
      fs.readFileSync(path.join(duckdbRun, 'manifest.json'), 'utf8'),
    );
    const result = await run(['--from', 'dbt', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      `${dir}: error: (document): found only manifest.json, which says what a project has, not how a run went; expected run_results.json or sources.json with it\n`,
    );
  });

  it.each([
    [
      ['--from', 'dbx', 'target/'],
      'unknown --from "dbx"; expected one of dbt, gx, datacontract, openlineage',
    ],
    [
      ['--from', 'dbt'],
      "no path given; expected dbt's target directory, such as target/",
    ],
    [
      ['target/'],
      'no --from given; expected one of dbt, gx, datacontract, openlineage',
    ],
    [
      ['--from', 'gx', '--max-file-size', 'big', 'gx.json'],
      '--max-file-size "big" is not a size; expected megabytes, such as 256',
    ],
  ])('exits 2 for the usage error in %j', async (args, message) => {
    expect(await run(args)).toEqual({
      code: 2,
      stdout: '',
      stderr: `meshwork facts push: ${message}\nRun "meshwork facts push --help" for usage.\n`,
    });
  });

  it('exits 2 for a path that names nothing to read', async () => {
    const missing = path.join(scratch, 'no-such-target');
    expect(await run(['--from', 'dbt', missing])).toMatchObject({
      code: 2,
      stderr: `meshwork facts push: cannot read ${missing}: no such directory\n`,
    });
    expect(await run(['--from', 'dbt', scratch])).toMatchObject({
      code: 2,
      stderr: `meshwork facts push: cannot read ${scratch}: no run_results.json, manifest.json, sources.json in it; is it the directory dbt writes its artifacts to?\n`,
    });
    expect(await run(['--from', 'gx', `${gxFailure}.missing`])).toMatchObject({
      code: 2,
      stderr: `meshwork facts push: cannot read ${gxFailure}.missing: no such file\n`,
    });
    expect(await run(['--from', 'dbt', gxFailure])).toMatchObject({ code: 2 });
    expect(backend.requests).toHaveLength(0);
  });
});
