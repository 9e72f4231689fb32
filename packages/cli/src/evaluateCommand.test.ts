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

import { main } from './cli';
import {
  closedPortUrl,
  FakeBackend,
  startFakeBackend,
} from './evaluate/fakeBackend';

const catalogInfo = [
  'apiVersion: meshwork.dev/v1alpha1', // 1
  'kind: DataProduct', //                 2
  'metadata:', //                         3
  '  name: orders', //                    4
  'spec:', //                             5
  '  owner: 42', //                       6
  '  domain: sales', //                   7
  '  status: active', //                  8
  '---', //                               9
  'apiVersion: backstage.io/v1alpha1', // 10
  'kind: API', //                         11
  'metadata: { name: orders-api }', //    12
  '',
].join('\n');

const orders = {
  entityRef: 'dataproduct:default/orders',
  level: 'silver',
  score: 88,
  results: [
    {
      ruleId: 'has-owner',
      title: 'Has an owner',
      level: 'bronze',
      weight: 1,
      state: 'pass',
    },
    {
      ruleId: 'fresh-within-sla',
      title: 'Fresh within its SLA',
      level: 'gold',
      weight: 1,
      state: 'no-data',
      message: 'No freshness fact reported for port orders-daily.',
    },
  ],
};

describe('meshwork evaluate', () => {
  let backend: FakeBackend;

  beforeAll(async () => {
    backend = await startFakeBackend();
  });

  afterAll(() => backend.close());

  beforeEach(() => {
    backend.requests.length = 0;
    backend.answer({ status: 200, body: { items: [orders] } });
  });

  /** Runs the command with only the environment given: a developer's own MESHWORK_TOKEN must not leak in. */
  async function run(
    args: string[],
    env: Record<string, string> = { MESHWORK_BACKEND_URL: backend.url },
  ) {
    let stdout = '';
    let stderr = '';
    const code = await main(['evaluate', ...args], {
      stdout: text => (stdout += text),
      stderr: text => (stderr += text),
      env,
      readFile: async path => {
        if (path === 'catalog-info.yaml') return catalogInfo;
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      },
    });
    return { code, stdout, stderr };
  }

  it('posts the file with the token and prints each product, failures first', async () => {
    expect(
      await run(
        ['--backend', backend.url, '--token', 't0k3n', 'catalog-info.yaml'],
        {},
      ),
    ).toEqual({
      code: 0,
      stdout: [
        'dataproduct:default/orders: level silver, score 88/100',
        '  [gold] fresh-within-sla (Fresh within its SLA): no-data: No freshness fact reported for port orders-daily.',
        '  [bronze] has-owner (Has an owner): pass',
        '',
      ].join('\n'),
      stderr:
        'meshwork evaluate: catalog-info.yaml: 1 data product evaluated, nothing stored\n',
    });
    expect(backend.requests).toHaveLength(1);
    const [request] = backend.requests;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/data-products/evaluate');
    expect(request.headers['content-type']).toBe('application/yaml');
    expect(request.headers.authorization).toBe('Bearer t0k3n');
    expect(request.body).toBe(catalogInfo);
  });

  it('takes the backend and token from the environment; options win', async () => {
    const env = {
      MESHWORK_BACKEND_URL: backend.url,
      MESHWORK_TOKEN: 'from-env',
    };
    expect((await run(['catalog-info.yaml'], env)).code).toBe(0);
    expect(
      (await run(['--token', 'flag', 'catalog-info.yaml'], env)).code,
    ).toBe(0);
    expect(backend.requests.map(r => r.headers.authorization)).toEqual([
      'Bearer from-env',
      'Bearer flag',
    ]);
  });

  it("prints the backend's items with --format json", async () => {
    const { code, stdout } = await run([
      '--format',
      'json',
      'catalog-info.yaml',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([orders]);
  });

  it('exits 1 when a product is below --min-level, 0 when none is', async () => {
    expect(
      await run(['--min-level', 'gold', 'catalog-info.yaml']),
    ).toMatchObject({
      code: 1,
      stderr:
        'meshwork evaluate: catalog-info.yaml: 1 data product evaluated, nothing stored; below --min-level gold: dataproduct:default/orders (silver)\n',
    });
    expect(
      await run(['--min-level', 'silver', 'catalog-info.yaml']),
    ).toMatchObject({
      code: 0,
      stderr: expect.stringContaining('all at silver or above'),
    });
  });

  it('prints what the product changes against the catalog, exit code unchanged', async () => {
    const removed = {
      severity: 'breaking',
      kind: 'column-removed',
      field:
        'spec.outputPorts[0] › api:default/orders-api › schema[0].properties[1]',
      port: 'orders-daily v1.0.0',
      message: 'column orders.total was removed',
      readers: [],
    };
    backend.answer({
      status: 200,
      body: {
        items: [
          {
            ...orders,
            changes: { changes: [removed], unversioned: [removed] },
          },
        ],
      },
    });
    const { code, stdout, stderr } = await run(['catalog-info.yaml']);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(3)).toEqual([
      '  Changes against the catalog: 1 change, 1 breaking without a new major version',
      '    BREAKING spec.outputPorts[0] › api:default/orders-api › schema[0].properties[1]: port orders-daily v1.0.0: column orders.total was removed; no known reader',
      '',
    ]);
    expect(stderr.split('\n')).toEqual([
      'meshwork evaluate: catalog-info.yaml: 1 data product evaluated, nothing stored; 1 breaking change without a new major version',
      expect.stringMatching(
        /^meshwork evaluate: give each port a breaking change lands on a new major version/,
      ),
      '',
    ]);
  });

  describe('a file the backend finds invalid', () => {
    beforeEach(() => {
      backend.answer({
        status: 400,
        body: {
          error: { name: 'InputError', message: 'Invalid data product' },
          problems: [
            // Without a position: located in the file, as lint does.
            {
              document: 0,
              path: ['spec', 'version'],
              field: 'spec.version',
              target: 'value',
              message: 'missing',
            },
            {
              document: 0,
              path: ['spec', 'owner'],
              field: 'spec.owner',
              target: 'value',
              message: 'expected an entity ref to a Group or User',
              line: 6,
              column: 10,
            },
          ],
        },
      });
    });

    it('prints each problem as lint does and exits 1', async () => {
      expect(await run(['catalog-info.yaml'])).toEqual({
        code: 1,
        stdout: [
          'catalog-info.yaml:5:1: error: spec.version: missing',
          'catalog-info.yaml:6:10: error: spec.owner: expected an entity ref to a Group or User',
          '',
        ].join('\n'),
        stderr:
          'meshwork evaluate: catalog-info.yaml: 2 problems; fix them to get a score\n',
      });
    });

    it("prints them in lint's JSON with --format json", async () => {
      const { code, stdout } = await run([
        '--format=json',
        'catalog-info.yaml',
      ]);
      expect(code).toBe(1);
      expect(JSON.parse(stdout)[1]).toEqual({
        file: 'catalog-info.yaml',
        line: 6,
        column: 10,
        severity: 'error',
        message: 'spec.owner: expected an entity ref to a Group or User',
      });
    });
  });

  it("passes on the backend's message for a file it can't read at all", async () => {
    backend.answer({
      status: 400,
      body: {
        error: {
          name: 'InputError',
          message: 'No DataProduct document in the body',
        },
      },
    });
    expect(await run(['catalog-info.yaml'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'meshwork evaluate: the backend rejected catalog-info.yaml: No DataProduct document in the body\n',
    });
  });

  it('exits 2 saying to wait when the backend limits dry runs', async () => {
    backend.answer({
      status: 429,
      body: {
        error: {
          name: 'TooManyRequestsError',
          message:
            'Too many dry runs: at most 30 a minute each; try again in 12 s',
        },
      },
    });
    expect(await run(['catalog-info.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'meshwork evaluate: the backend limits how often one token may run a dry run (Too many dry runs: at most 30 a minute each; try again in 12 s); wait a minute, or run fewer at once\n',
    });
  });

  it('exits 2 with what to do when the token is refused', async () => {
    backend.answer({
      status: 401,
      body: {
        error: { name: 'AuthenticationError', message: 'Illegal token' },
      },
    });
    const { code, stdout, stderr } = await run([
      '--token',
      'old',
      'catalog-info.yaml',
    ]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(
      /^meshwork evaluate: the backend refused the token .*: pass --token or set MESHWORK_TOKEN .*\n$/,
    );
    expect(stderr.split('\n')).toHaveLength(2); // one line
  });

  it('exits 2 naming the URL when nothing listens there', async () => {
    const url = await closedPortUrl();
    expect(await run(['--backend', url, 'catalog-info.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `meshwork evaluate: cannot connect to ${url}: connection refused; is the backend running? Or pass --backend URL or set MESHWORK_BACKEND_URL\n`,
    });
  });

  it.each([
    [[], 'no FILE given'],
    [
      ['a.yaml', 'b.yaml'],
      'expected one FILE, got 2; evaluate one file at a time',
    ],
    [
      ['--min-level', 'platinum', 'catalog-info.yaml'],
      'unknown --min-level "platinum"; expected bronze, silver or gold',
    ],
    [
      ['--format', 'xml', 'catalog-info.yaml'],
      'unknown format "xml"; expected text or json',
    ],
    [
      ['--backend', 'localhost:7007', 'catalog-info.yaml'],
      '--backend "localhost:7007" is not an http or https URL; expected one such as http://localhost:7007',
    ],
    [['--tokne', 't', 'catalog-info.yaml'], "unknown option '--tokne'"],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    expect(await run(args)).toEqual({
      code: 2,
      stdout: '',
      stderr: `meshwork evaluate: ${message}\nRun "meshwork evaluate --help" for usage.\n`,
    });
    expect(backend.requests).toEqual([]);
  });

  it('names the variable when MESHWORK_BACKEND_URL is not a URL', async () => {
    const { code, stderr } = await run(['catalog-info.yaml'], {
      MESHWORK_BACKEND_URL: 'portal',
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^meshwork evaluate: MESHWORK_BACKEND_URL "portal" is not a URL/,
    );
  });

  it("exits 2 for a FILE that can't be read, without calling the backend", async () => {
    expect(await run(['nope.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'meshwork evaluate: cannot read nope.yaml: no such file\n',
    });
    expect(backend.requests).toEqual([]);
  });

  it('prints its help, with how to get a token', async () => {
    for (const args of [['--help'], ['-h']]) {
      const { code, stdout } = await run(args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: meshwork evaluate \[options\] FILE/);
      expect(stdout).toContain('/api/auth/guest/refresh');
      expect(stdout).toContain('backend.auth.externalAccess');
    }
    let help = '';
    const code = await main(['--help', 'evaluate'], {
      stdout: text => (help += text),
      stderr: () => {},
    });
    expect(code).toBe(0);
    expect(help).toMatch(/^Usage: meshwork evaluate \[options\] FILE/);
  });
});
