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

import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';
import { version } from '../package.json';
import { main } from './cli';

const files: Record<string, string> = {
  'valid.yaml': [
    'apiVersion: meshwork.dev/v1alpha1',
    'kind: DataProduct',
    'metadata:',
    '  name: orders-daily',
    'spec:',
    '  owner: group:sales-data',
    '  domain: sales',
    '  status: active',
    '',
  ].join('\n'),
  'invalid.yaml': [
    'apiVersion: meshwork.dev/v1alpha1',
    'kind: DataProduct',
    'metadata:',
    '  name: orders-raw',
    'spec:',
    '  owner: group:sales-data',
    '  domain: sales',
    '  status: active',
    '  ouputPorts: []',
    '',
  ].join('\n'),
  'component.yaml': 'kind: Component\nmetadata:\n  name: orders-service\n',
};

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: text => (stdout += text),
    stderr: text => (stderr += text),
    readFile: async path => {
      if (path in files) return files[path];
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
  });
  return { code, stdout, stderr };
}

describe('meshwork', () => {
  it('exits 0 with a summary when every data product is valid', async () => {
    expect(await run('lint', 'valid.yaml', 'component.yaml')).toEqual({
      code: 0,
      stdout: '',
      stderr: 'meshwork lint: 2 files, 1 data product, no problems\n',
    });
  });

  it('accepts a file without any data product', async () => {
    expect(await run('lint', 'component.yaml')).toEqual({
      code: 0,
      stdout: '',
      stderr: 'meshwork lint: 1 file, 0 data products, no problems\n',
    });
  });

  it('exits 1 and prints one line per problem', async () => {
    expect(await run('lint', 'valid.yaml', 'invalid.yaml')).toEqual({
      code: 1,
      stdout:
        'invalid.yaml:9:3: error: spec.ouputPorts: unknown field; did you mean "outputPorts"?\n',
      stderr: 'meshwork lint: 2 files, 2 data products, 1 problem\n',
    });
  });

  it('prints JSON with --format json', async () => {
    const { code, stdout } = await run(
      'lint',
      '--format',
      'json',
      'invalid.yaml',
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: 'invalid.yaml',
        line: 9,
        column: 3,
        severity: 'error',
        message: 'spec.ouputPorts: unknown field; did you mean "outputPorts"?',
      },
    ]);
    expect((await run('lint', '--format=json', 'valid.yaml')).stdout).toBe(
      '[]\n',
    );
  });

  it('exits 2 when no FILE is given', async () => {
    expect(await run('lint')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'meshwork lint: no FILE given\nRun "meshwork lint --help" for usage.\n',
    });
  });

  it('exits 2 for a file that does not exist, without linting the others', async () => {
    expect(await run('lint', 'invalid.yaml', 'catalog-info.yml')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'meshwork lint: cannot read catalog-info.yml: no such file\n',
    });
  });

  it('exits 2 for an unknown command, option or format', async () => {
    expect(await run('lnit', 'valid.yaml')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'meshwork: unknown command "lnit"\nRun "meshwork --help" for usage.\n',
    });
    expect(await run('lint', '--fix', 'valid.yaml')).toEqual({
      code: 2,
      stdout: '',
      stderr: `meshwork lint: unknown option '--fix'\nRun "meshwork lint --help" for usage.\n`,
    });
    expect((await run('--verbose', 'lint', 'valid.yaml')).code).toBe(2);
    expect(await run('lint', '--format', 'xml', 'valid.yaml')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'meshwork lint: unknown format "xml"; expected text or json\nRun "meshwork lint --help" for usage.\n',
    });
  });

  it('prints usage on stderr and exits 2 without a command', async () => {
    const { code, stdout, stderr } = await run();
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: meshwork <command>/);
  });

  it('prints help on stdout and exits 0', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const { code, stdout } = await run(...args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: meshwork <command>/);
    }
    for (const args of [
      ['lint', '--help'],
      ['--help', 'lint'],
    ]) {
      const { code, stdout } = await run(...args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: meshwork lint \[options\] FILE\.\.\./);
    }
  });

  it('prints its version', async () => {
    expect(await run('--version')).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: '',
    });
  });
  describe('lint --scorecard', () => {
    it("prints each rule's state for a valid product, saying which rules need the catalog or facts", async () => {
      const { code, stdout } = await run('lint', '--scorecard', 'valid.yaml');
      expect(code).toBe(0);
      const lines = stdout.trim().split('\n');
      // one line per built-in rule: compared with the pack, so adding a rule does not break it
      expect(lines).toHaveLength(builtinScorecardRules.length);
      expect(lines).toContain(
        "valid.yaml:1: orders-daily [bronze] has-owner: not-evaluated: needs the catalog; the portal's scorecard evaluates it",
      );
      expect(lines).toContain(
        'valid.yaml:1: orders-daily [bronze] has-description: fail: Add metadata.description of at least 40 characters and spec.purpose.',
      );
      expect(lines).toContain(
        'valid.yaml:1: orders-daily [bronze] has-output-port: fail: Declare at least one spec.outputPorts entry.',
      );
      expect(lines).toContain(
        "valid.yaml:1: orders-daily [gold] fresh-within-sla: not-evaluated: needs pipeline facts; the portal's scorecard evaluates it",
      );
      expect(lines).toContain(
        'valid.yaml:1: orders-daily [silver] access-documented: not-applicable: The product has no output ports.',
      );
      expect(lines).toContain(
        "valid.yaml:1: orders-daily [gold] inputs-observed: not-evaluated: needs pipeline facts; the portal's scorecard evaluates it",
      );
    });

    it('skips the scorecard of an invalid product and keeps the exit code of the lint', async () => {
      const { code, stdout } = await run('lint', '--scorecard', 'invalid.yaml');
      expect(code).toBe(1);
      expect(stdout).toContain(
        'invalid.yaml:1: orders-raw: scorecard skipped until the problems above are fixed',
      );
    });

    it('adds the scorecards to the JSON output', async () => {
      const { stdout } = await run(
        'lint',
        '--scorecard',
        '--format',
        'json',
        'valid.yaml',
        'invalid.yaml',
      );
      const output = JSON.parse(stdout);
      expect(output.problems).toHaveLength(1);
      expect(output.scorecards).toHaveLength(1);
      expect(output.scorecards[0]).toMatchObject({
        file: 'valid.yaml',
        name: 'orders-daily',
      });
      expect(output.scorecards[0].rules[0]).toEqual({
        ruleId: 'has-owner',
        level: 'bronze',
        state: 'not-evaluated',
        message: "needs the catalog; the portal's scorecard evaluates it",
      });
    });
  });
});
