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

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { latencySummary, runLoad } from './loadTest';

describe('runLoad', () => {
  let server: http.Server;
  let baseUrl: string;
  const seen: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(`${req.headers.authorization} ${req.url}`);
      res.statusCode = req.url?.endsWith('/fail') ? 503 : 200;
      res.end('{}');
    });
    await new Promise<void>(resolve =>
      server.listen(0, '127.0.0.1', () => resolve()),
    );
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise(resolve => server.close(resolve)));

  it('times answered requests, counts the others by kind, and spreads clients over the targets', async () => {
    const result = await runLoad({
      targets: [
        { baseUrl, token: 'one' },
        { baseUrl, token: 'two' },
      ],
      clients: 4,
      seconds: 0.3,
      route: n => (n % 3 === 2 ? '/fail' : `/ok?page=${n}`),
    });
    expect(result.latenciesMs.length).toBeGreaterThan(0);
    expect(result.errors).toBe(result.errorKinds.get('HTTP 503'));
    expect(result.errors).toBeGreaterThan(0);
    expect(seen.some(s => s.startsWith('Bearer one'))).toBe(true);
    expect(seen.some(s => s.startsWith('Bearer two'))).toBe(true);
  });

  it('counts a target that does not answer as errors', async () => {
    const result = await runLoad({
      targets: [{ baseUrl: 'http://127.0.0.1:9', token: 't' }],
      clients: 1,
      seconds: 0.1,
      route: () => '/',
    });
    expect(result.latenciesMs).toEqual([]);
    expect(result.errors).toBeGreaterThan(0);
    expect(latencySummary(result.latenciesMs)).toBeUndefined();
  });
});

describe('latencySummary', () => {
  it('gives p50, p95 and the maximum', () => {
    const readings = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(latencySummary(readings)).toEqual({ p50: 50, p95: 95, max: 100 });
  });
});
