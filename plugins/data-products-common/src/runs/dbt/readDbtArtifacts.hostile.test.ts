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
  DBT_RUNS,
  dbtArtifact as artifact,
} from '../__testUtils__/dbtArtifacts';
import { messages } from '../__testUtils__/runViews';
import { RUN_READ_LIMITS } from '../readContext';
import { readDbtArtifacts } from './readDbtArtifacts';

const { run18: RUN_1_8 } = DBT_RUNS;

describe('readDbtArtifacts on unexpected and hostile input', () => {
  it('reads a newer schema version and a status it does not know, naming the field', () => {
    const runResults = artifact(RUN_1_8, 'run_results.json');
    runResults.metadata.dbt_schema_version =
      'https://schemas.getdbt.com/dbt/run-results/v9.json';
    runResults.results[0].status = 'frobnicated';
    const { runs, problems } = readDbtArtifacts({ runResults });
    expect(runs[0].datasets[0].checks[0].status).toBe('skipped');
    expect(problems.map(p => p.message)).toEqual([
      'run_results.results[0].status: found "frobnicated", expected one of success, partial success, reused, no-op, error, skipped; the check counts as skipped',
    ]);
  });

  it('refuses another artifact in the place of run_results.json', () => {
    const { runs, problems } = readDbtArtifacts({
      runResults: artifact(RUN_1_8, 'manifest.json'),
    });
    expect(runs).toEqual([]);
    expect(problems.map(p => p.message)).toEqual([
      'run_results.metadata.dbt_schema_version: found "https://schemas.getdbt.com/dbt/manifest/v12.json", expected the schema of run_results.json, such as https://schemas.getdbt.com/dbt/run-results/v6.json; this file was not read',
    ]);
  });

  it('names what is wrong with a file that is not JSON of dbt, and reads nothing from it', () => {
    const { runs, problems } = readDbtArtifacts({
      runResults: '{"metadata": {"dbt_schema_version": ',
      sources: [1, 2],
    });
    expect(runs).toEqual([]);
    expect(messages(problems)).toEqual([
      'run_results: found "{\\"metadata\\": {\\"dbt_schema_version\\": ", expected the JSON of dbt\'s run_results.json',
      "sources: found a list, expected the JSON of dbt's sources.json",
    ]);
    expect(readDbtArtifacts(null as any).problems[0].message).toBe(
      '(document): found no artifact, expected run_results.json or sources.json (with manifest.json)',
    );
  });

  it('keeps the good results when others have wrong types or are missing fields', () => {
    const runResults = artifact(RUN_1_8, 'run_results.json');
    const good = runResults.results[0];
    runResults.metadata.generated_at = 42;
    runResults.results = [
      'model.jaffle_shop.orders',
      { status: 'success' },
      { ...good, unique_id: ['model.x'] },
      { ...good, status: { value: 'success', toString: 'boom' } },
      good,
    ];
    const manifest = artifact(RUN_1_8, 'manifest.json');
    manifest.nodes = 'all of them';
    const { runs, problems } = readDbtArtifacts({ runResults, manifest });
    expect(messages(problems)).toEqual([
      'manifest.nodes: found "all of them", expected a map of fields',
      'run_results.metadata.generated_at: found 42, expected a timestamp in ISO 8601, such as 2026-12-07T02:00:00Z',
      'run_results.results[0].unique_id: found nothing, expected text',
      'run_results.results[1].unique_id: found nothing, expected text',
      'run_results.results[2].unique_id: found a list, expected non-empty text',
      'run_results.results[3].status: found a map of fields, expected one of success, partial success, reused, no-op, error, skipped; the check counts as skipped',
    ]);
    expect(runs[0].finishedAt).toBeUndefined();
    expect(
      runs[0].datasets.map(d => [d.label, d.keys, d.checks.map(c => c.status)]),
    ).toEqual([
      [
        'model.jaffle_shop.customers',
        [
          'dbt:model.jaffle_shop.customers',
          'relation:jaffle_shop.main.customers',
        ],
        ['skipped', 'pass'],
      ],
    ]);
  });

  it('reads __proto__ and constructor as unknown words, and pollutes nothing', () => {
    // JSON.parse makes `__proto__` an own key, as a hostile file would.
    const runResults = JSON.parse(
      JSON.stringify(artifact(RUN_1_8, 'run_results.json')).replace(
        '"results":[',
        `"__proto__": { "polluted": true }, "results": [
          { "unique_id": "test.p.__proto__", "status": "constructor" },
          { "unique_id": "model.p.constructor", "status": "__proto__" },`,
      ),
    );
    const { runs, problems } = readDbtArtifacts({ runResults });
    expect(({} as any).polluted).toBeUndefined();
    expect(
      runs[0].datasets.map(d => [d.label, d.checks.map(c => c.status)]),
    ).toEqual([
      ['test.p.__proto__', ['skipped']],
      ['model.p.constructor', ['skipped']],
      ['model.jaffle_shop.customers', ['pass']],
    ]);
    expect(messages(problems).slice(0, 2)).toEqual([
      'run_results.results[0].status: found "constructor", expected one of pass, fail, warn, error, skipped; the check counts as skipped',
      'run_results.results[1].status: found "__proto__", expected one of success, partial success, reused, no-op, error, skipped; the check counts as skipped',
    ]);
  });

  it('keeps tests up to the check limit of a huge run, and says the rest were dropped', () => {
    const runResults = artifact(RUN_1_8, 'run_results.json');
    const megabyte = 'x'.repeat(1_000_000);
    runResults.results = Array.from(
      { length: RUN_READ_LIMITS.checks + 2 },
      (_, i) => ({
        unique_id: `test.shop.not_null_orders_id.${i}`,
        status: i === 0 ? 'fail' : 'pass',
        failures: i === 0 ? 3 : 0,
        message: megabyte,
      }),
    );
    const { runs, problems } = readDbtArtifacts({ runResults });
    expect(runs[0].state).toBe('fail');
    const checks = runs[0].datasets.flatMap(d => d.checks);
    expect(checks).toHaveLength(RUN_READ_LIMITS.checks);
    expect(checks[0].message).toHaveLength(RUN_READ_LIMITS.textLength);
    expect(messages(problems)).toEqual([
      `run_results.results[${RUN_READ_LIMITS.checks}]: more than ${RUN_READ_LIMITS.checks} checks in one read; this one and the rest were not kept`,
      `run_results.results: ${
        RUN_READ_LIMITS.checks + 2
      } tests could not be put on the model or source they test, so each is kept under its own dbt: key; give the manifest.json of the same invocation, which says what each test is on`,
    ]);
  });
});
