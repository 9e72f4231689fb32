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

import { closedPortUrl, FakeBackend, startFakeBackend } from './fakeBackend';
import { requestEvaluation } from './requestEvaluation';

const content = 'kind: DataProduct\nmetadata:\n  name: orders\n';

const item = {
  entityRef: 'dataproduct:default/orders',
  level: 'bronze',
  score: 50,
  results: [
    {
      ruleId: 'has-owner',
      title: 'Has an owner',
      level: 'bronze',
      weight: 1,
      state: 'pass',
    },
  ],
};

describe('requestEvaluation', () => {
  let backend: FakeBackend;

  beforeAll(async () => {
    backend = await startFakeBackend();
  });

  afterAll(() => backend.close());

  beforeEach(() => {
    backend.requests.length = 0;
  });

  function evaluate(token?: string, timeoutMs?: number) {
    return requestEvaluation({
      backend: new URL(backend.url),
      token,
      content,
      timeoutMs,
    });
  }

  it('posts the file as YAML with the token and returns the items', async () => {
    backend.answer({ status: 200, body: { items: [item] } });
    expect(await evaluate('t0k3n')).toEqual({
      type: 'evaluated',
      items: [item],
    });
    expect(backend.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: '/api/data-products/evaluate',
        body: content,
        headers: expect.objectContaining({
          'content-type': 'application/yaml',
          authorization: 'Bearer t0k3n',
        }),
      }),
    ]);
  });

  it('keeps a path prefix of the backend URL', async () => {
    backend.answer({ status: 200, body: { items: [] } });
    await requestEvaluation({
      backend: new URL(`${backend.url}/backstage/`),
      content,
    });
    expect(backend.requests[0].url).toBe(
      '/backstage/api/data-products/evaluate',
    );
  });

  it('sends no Authorization header without a token', async () => {
    backend.answer({ status: 200, body: { items: [] } });
    await evaluate();
    expect(backend.requests[0].headers.authorization).toBeUndefined();
  });

  it('returns the problems of a 400, or just its message', async () => {
    const problem = {
      document: 0,
      path: ['spec', 'owner'],
      field: 'spec.owner',
      target: 'value',
      message: 'expected an entity ref',
    };
    backend.answer({
      status: 400,
      body: {
        error: { name: 'InputError', message: 'Invalid data product' },
        problems: [problem],
      },
    });
    expect(await evaluate('t')).toEqual({
      type: 'invalid',
      message: 'Invalid data product',
      problems: [problem],
    });
    backend.answer({
      status: 400,
      body: { error: { name: 'InputError', message: 'No DataProduct' } },
    });
    expect(await evaluate('t')).toEqual({
      type: 'invalid',
      message: 'No DataProduct',
      problems: [],
    });
  });

  it.each([
    [
      401,
      undefined,
      /^the backend needs a token: pass --token or set MESHWORK_TOKEN/,
    ],
    [
      401,
      'old',
      /^the backend refused the token .*: pass --token or set MESHWORK_TOKEN/,
    ],
    [
      403,
      't',
      /^the token is not permitted to evaluate data products \(Denied\)/,
    ],
    [404, 't', /api\/data-products\/evaluate not found \(HTTP 404\)/],
    [503, 't', /^the backend failed \(HTTP 503: Denied\); try again/],
    [418, 't', /^the backend answered HTTP 418: Denied$/],
  ])('says what to do about HTTP %i', async (status, token, expected) => {
    backend.answer({
      status,
      body: { error: { name: 'Error', message: 'Denied' } },
    });
    const response = await evaluate(token);
    expect(response).toEqual({
      type: 'failed',
      message: expect.stringMatching(expected),
    });
  });

  it('copes with an HTML error page from a proxy', async () => {
    backend.answer({ status: 502, body: '<html>Bad Gateway</html>' });
    expect(await evaluate('t')).toEqual({
      type: 'failed',
      message: expect.stringMatching(
        /^the backend failed \(HTTP 502: Bad Gateway\)/,
      ),
    });
  });

  it('refuses a 200 that is not a list of items', async () => {
    backend.answer({ status: 200, body: '<html>the frontend</html>' });
    expect(await evaluate('t')).toEqual({
      type: 'failed',
      message: expect.stringMatching(
        /^unexpected answer from .*: no "items" list/,
      ),
    });
  });

  it('names the URL when nothing listens there', async () => {
    const url = await closedPortUrl();
    const response = await requestEvaluation({
      backend: new URL(url),
      content,
    });
    expect(response).toEqual({
      type: 'failed',
      message: `cannot connect to ${url}: connection refused; is the backend running? Or pass --backend URL or set MESHWORK_BACKEND_URL`,
    });
  });

  it('gives up when the backend does not answer in time', async () => {
    backend.answer({ status: 200, hang: true });
    expect(await evaluate('t', 200)).toEqual({
      type: 'failed',
      message: `no answer from ${backend.url} within 0.2 seconds; check that the backend is up, or pass another --backend`,
    });
  });

  it('does not send a token that cannot be a header', async () => {
    const response = await evaluate('line\nbreak');
    expect(response).toMatchObject({ type: 'failed' });
    expect(backend.requests).toEqual([]);
  });
});
