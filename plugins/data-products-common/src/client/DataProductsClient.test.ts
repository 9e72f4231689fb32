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

import { ResponseError } from '@backstage/errors';
import { DataProductsClient } from './DataProductsClient';

function clientAnswering(status: number, body: unknown) {
  const fetch = jest.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  const client = new DataProductsClient({
    discoveryApi: {
      getBaseUrl: async id => `http://localhost:7007/api/${id}`,
    },
    fetchApi: { fetch: fetch as typeof globalThis.fetch },
  });
  return { client, fetch };
}

describe('DataProductsClient', () => {
  it('sends multi-valued filters as repeated parameters and leaves out empty ones', async () => {
    const { client, fetch } = clientAnswering(200, { items: [] });
    await client.listProducts({
      q: '',
      level: ['gold', 'silver'],
      owner: ['group:default/sales-data'],
      sort: 'score',
      offset: 25,
    });
    expect(fetch.mock.calls[0][0]).toBe(
      'http://localhost:7007/api/data-products/products?level=gold&level=silver&owner=group%3Adefault%2Fsales-data&sort=score&offset=25',
    );
  });

  it('reads a product that was never evaluated as no scorecard, not an error', async () => {
    const { client, fetch } = clientAnswering(404, {
      error: { name: 'NotFoundError', message: 'No scorecard' },
    });
    await expect(
      client.getScorecard('dataproduct:default/orders-daily'),
    ).resolves.toBeUndefined();
    expect(fetch.mock.calls[0][0]).toBe(
      'http://localhost:7007/api/data-products/scorecards/dataproduct/default/orders-daily',
    );
  });

  it('downloads a product as ODPS YAML with the user’s token', async () => {
    const { client, fetch } = clientAnswering(200, 'apiVersion: v1.1.0');
    const blob = await client.getOdpsYaml('dataproduct:default/orders-daily');
    expect(fetch.mock.calls[0][0]).toBe(
      'http://localhost:7007/api/data-products/odps/dataproduct/default/orders-daily?format=yaml',
    );
    expect(await blob.text()).toBe(JSON.stringify('apiVersion: v1.1.0'));
  });

  it('posts decisions as JSON and surfaces the backend refusal', async () => {
    // the body Backstage's error handler sends
    const { client, fetch } = clientAnswering(403, {
      error: { name: 'NotAllowedError', message: 'You may not decide waivers' },
      request: { method: 'POST', url: '/waivers/8c3f/approve' },
      response: { statusCode: 403 },
    });
    const decision = client.decideWaiver('8c3f', 'approve', 'Fine for Q4');
    await expect(decision).rejects.toBeInstanceOf(ResponseError);
    await expect(decision).rejects.toMatchObject({
      body: { error: { message: 'You may not decide waivers' } },
    });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(
      'http://localhost:7007/api/data-products/waivers/8c3f/approve',
    );
    expect(init).toMatchObject({
      method: 'POST',
      body: JSON.stringify({ comment: 'Fine for Q4' }),
    });
  });

  it('posts a catalog-info.yaml to the dry run as it is, with its media type', async () => {
    const { client, fetch } = clientAnswering(200, { items: [] });
    const yaml = 'kind: DataProduct\nmetadata:\n  name: orders\n';
    await expect(client.dryRun(yaml)).resolves.toEqual({ items: [] });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://localhost:7007/api/data-products/evaluate');
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/yaml' },
      body: yaml,
    });
  });

  it('reports facts as one batch', async () => {
    const { client, fetch } = clientAnswering(201, { accepted: 1 });
    const fact = {
      entityRef: 'dataproduct:default/orders-daily',
      name: 'freshness',
      value: 'PT2H',
    };
    await expect(client.reportFacts([fact])).resolves.toEqual({
      accepted: 1,
    });
    expect(fetch.mock.calls[0][1]).toMatchObject({
      method: 'POST',
      body: JSON.stringify({ items: [fact] }),
    });
  });

  it('pushes runs as one request and surfaces a refusal naming the products', async () => {
    const run = {
      tool: 'dbt' as const,
      runId: 'a1b2',
      state: 'complete' as const,
      datasets: [],
    };
    const answer = {
      runs: 1,
      facts: 2,
      products: ['dataproduct:default/orders'],
      unplaced: { total: 0, items: [] },
      problems: [],
    };
    const { client, fetch } = clientAnswering(201, answer);
    await expect(client.pushRuns([run])).resolves.toEqual(answer);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://localhost:7007/api/data-products/runs');
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ runs: [run] }),
    });

    const message =
      'You may not report facts for dataproduct:default/orders: the permission policy does not grant you data-products.fact.create on it';
    const refused = clientAnswering(403, {
      error: { name: 'NotAllowedError', message },
      request: { method: 'POST', url: '/runs' },
      response: { statusCode: 403 },
    }).client.pushRuns([run]);
    await expect(refused).rejects.toMatchObject({
      name: 'ResponseError',
      body: { error: { message } },
    });
  });

  it('reads the latest facts of a product with the run each came from', async () => {
    const fact = {
      entityRef: 'dataproduct:default/orders-daily',
      port: 'orders-v2',
      name: 'quality',
      value: { rate: 0.94, passed: 29, total: 31, failed: ['a', 'b'] },
      observedAt: '2026-12-07T02:00:00.000Z',
      source: { tool: 'dbt', runId: 'inv-1', job: 'build' },
    };
    const { client, fetch } = clientAnswering(200, { items: [fact] });
    await expect(
      client.getFacts('dataproduct:default/orders-daily'),
    ).resolves.toEqual([fact]);
    expect(fetch.mock.calls[0][0]).toBe(
      'http://localhost:7007/api/data-products/facts/dataproduct/default/orders-daily',
    );

    const hidden = clientAnswering(404, {
      error: { name: 'NotFoundError', message: 'No data product' },
    }).client.getFacts('dataproduct:default/secret');
    await expect(hidden).rejects.toBeInstanceOf(ResponseError);
  });

  it('pages the results no port claims on the server', async () => {
    const page = { items: [], total: 120 };
    const { client, fetch } = clientAnswering(200, page);
    await expect(
      client.listUnplacedResults({ limit: 25, offset: 50 }),
    ).resolves.toEqual(page);
    expect(fetch.mock.calls[0][0]).toBe(
      'http://localhost:7007/api/data-products/runs/unplaced?limit=25&offset=50',
    );
  });

  it('pages the scorecards with single-valued filters and a cursor', async () => {
    const { client, fetch } = clientAnswering(200, { items: [] });
    await client.listScorecards({
      level: 'gold',
      cursor: 'dataproduct:default/a',
    });
    expect(fetch.mock.calls[0][0]).toBe(
      'http://localhost:7007/api/data-products/scorecards?level=gold&cursor=dataproduct%3Adefault%2Fa',
    );
  });

  it("lists one product's breaking changes a page at a time", async () => {
    const page = { items: [], nextCursor: '1764576000000_abc' };
    const { client, fetch } = clientAnswering(200, page);
    await expect(
      client.listChanges({
        severity: 'breaking',
        entityRef: 'dataproduct:default/orders',
        limit: 20,
        cursor: '1764662400000_def',
      }),
    ).resolves.toEqual(page);
    expect(fetch.mock.calls[0][0]).toBe(
      'http://localhost:7007/api/data-products/changes?severity=breaking&entityRef=dataproduct%3Adefault%2Forders&limit=20&cursor=1764662400000_def',
    );
  });
});
