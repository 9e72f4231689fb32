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

import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { stringify } from 'yaml';
import { ordersNeighbours, ordersProduct } from '../__testUtils__/fixtures';
import { startTestRouter } from '../__testUtils__/startTestRouter';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const draft = {
  ...ordersProduct,
  metadata: { ...ordersProduct.metadata, name: 'returns', title: 'Returns' },
};

describe('dry-run route', () => {
  let router: Awaited<ReturnType<typeof startTestRouter>>;
  const header = mockCredentials.user.header();

  beforeAll(async () => {
    router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: ordersNeighbours,
      policy: () => true,
    });
  });
  afterAll(() => router.close());

  it('evaluates a posted catalog-info.yaml against the catalog and stores nothing', async () => {
    const yaml = [stringify(draft), stringify(ordersNeighbours[2])].join(
      '---\n',
    );
    const response = await router.call('POST', '/evaluate', header, yaml);
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        entityRef: 'dataproduct:default/returns',
        level: 'silver',
      }),
    ]);
    await expect(
      router.store.getScorecard('dataproduct:default/returns'),
    ).resolves.toBeUndefined();
  });

  it('evaluates entity JSON too', async () => {
    const response = await router.call('POST', '/evaluate', header, draft);
    expect(response.status).toBe(200);
    expect(response.body.items[0].results.length).toBeGreaterThan(10);
  });

  it("gives a document that fails validation the catalog's errors, per document", async () => {
    const broken = {
      ...draft,
      spec: { ...(draft.spec as object), status: 'actve' },
    };
    const yaml = [stringify(ordersNeighbours[0]), stringify(broken)].join(
      '---\n',
    );
    const response = await router.call('POST', '/evaluate', header, yaml);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(
      /^The document does not validate: spec\.status: /,
    );
    expect(response.body.problems).toEqual([
      expect.objectContaining({
        document: 1,
        path: ['spec', 'status'],
        field: 'spec.status',
      }),
    ]);
  });

  it('names what the other documents lack instead of failing on them', async () => {
    const response = await router.call('POST', '/evaluate', header, [
      draft,
      {},
      { kind: 'Component', metadata: { namespace: 7 } },
    ]);
    expect(response.status).toBe(400);
    expect(response.body.problems).toEqual([
      expect.objectContaining({ document: 1, field: 'kind' }),
      expect.objectContaining({ document: 1, field: 'metadata.name' }),
      expect.objectContaining({ document: 2, field: 'metadata.name' }),
      expect.objectContaining({ document: 2, field: 'metadata.namespace' }),
    ]);
    expect(response.body.error.message).toBe(
      "The document does not validate: kind: missing; expected the entity's kind, such as API; metadata.name: missing; expected the entity's name; metadata.name: missing; expected the entity's name; metadata.namespace: expected a namespace name such as default",
    );
  });

  it('refuses YAML whose aliases would expand without end', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(
            98 + i,
          )} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    const response = await router.call('POST', '/evaluate', header, bomb);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/^The YAML does not parse: /);
  });

  it('says where YAML does not parse, and when there is nothing to evaluate', async () => {
    const unparsable = await router.call(
      'POST',
      '/evaluate',
      header,
      'kind: DataProduct\n  name: [oops\n',
    );
    expect(unparsable.status).toBe(400);
    expect(unparsable.body.error.message).toMatch(
      /^The YAML does not parse at line \d+, column \d+: /,
    );
    const noProduct = await router.call(
      'POST',
      '/evaluate',
      header,
      stringify(ordersNeighbours[0]),
    );
    expect(noProduct.status).toBe(400);
    expect(noProduct.body.error.message).toBe(
      'body: expected a catalog-info.yaml (or entity JSON) with at least one document of kind DataProduct',
    );
  });

  it('reports every invalid document of a post, near misses of the kind included, and scores none', async () => {
    const nearMiss = {
      ...draft,
      kind: 'dataproduct',
      metadata: { name: 'refunds' },
    };
    const badEnvelope = {
      ...draft,
      metadata: { name: 'returns-eu', tags: ['Sales'], links: [null] },
    };
    const response = await router.call('POST', '/evaluate', header, [
      draft,
      nearMiss,
      badEnvelope,
    ]);
    expect(response.status).toBe(400);
    expect(response.body.items).toBeUndefined();
    expect(
      response.body.problems.map((p: any) => [p.document, p.field]),
    ).toEqual([
      [1, 'kind'],
      [2, 'metadata.links[0]'],
      [2, 'metadata.tags[0]'],
    ]);
    expect(response.body.problems[0].message).toMatch(
      /^kind: found "dataproduct"; did you mean "DataProduct"\?/,
    );
  });

  it.each([[7], [['default']], [{ name: 'default' }]])(
    'answers a namespace of %j with a field-path problem, not a 500',
    async namespace => {
      const response = await router.call('POST', '/evaluate', header, {
        ...draft,
        metadata: { name: 'returns', namespace },
      });
      expect(response.status).toBe(400);
      expect(response.body.problems).toEqual([
        expect.objectContaining({
          document: 0,
          field: 'metadata.namespace',
          message: expect.stringMatching(
            /^metadata\.namespace: found .*; expected text$/,
          ),
        }),
      ]);
    },
  );

  it('says a value nests too deep, at its line, in YAML and in JSON', async () => {
    const yaml = `${stringify(draft)}  customProperties: { deep: ${'['.repeat(
      2000,
    )}${']'.repeat(2000)} }\n`;
    const fromYaml = await router.call('POST', '/evaluate', header, yaml);
    expect(fromYaml.status).toBe(400);
    expect(fromYaml.body.error.message).toMatch(
      /^The YAML does not parse at line \d+, column \d+: a value is nested deeper than 100 levels$/,
    );
    let deep: unknown = 1;
    for (let i = 0; i < 2000; i++) deep = { deep };
    const fromJson = await router.call('POST', '/evaluate', header, {
      ...draft,
      spec: { ...(draft.spec as object), customProperties: { deep } },
    });
    expect(fromJson.status).toBe(400);
    expect(fromJson.body.problems[0].message).toMatch(
      /^spec\.customProperties(\.deep)+: nested deeper than 100 levels/,
    );
  });

  it('takes at most 100 documents in one dry run, and says so', async () => {
    const many = Array.from({ length: 101 }, (_, i) =>
      stringify({ ...draft, metadata: { name: `p${i}` } }),
    ).join('---\n');
    const response = await router.call('POST', '/evaluate', header, many);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      "body: found 101 documents; expected at most 100 in one dry run (post a repository's catalog-info.yaml files one at a time)",
    );
  });

  it('lets one principal start at most 30 dry runs a minute', async () => {
    const service = mockCredentials.service.header();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      statuses.push(
        (await router.call('POST', '/evaluate', service, {})).status,
      );
    }
    expect(statuses.slice(0, 30).every(s => s === 400)).toBe(true);
    const limited = await router.call('POST', '/evaluate', service, {});
    expect(limited.status).toBe(429);
    expect(limited.body.error.message).toMatch(
      /^Too many dry runs: at most 30 a minute each; try again in \d+ s$/,
    );
    // Others are not held up by one principal's loop.
    const other = await router.call('POST', '/evaluate', header, draft);
    expect(other.status).toBe(200);
  });
});

describe('dry run of a product the caller may not read', () => {
  const hidden = 'dataproduct:default/orders';
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  beforeAll(async () => {
    router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: [...ordersNeighbours, ordersProduct],
      policy: () => true,
      mayRead: (ref, user) => ref !== hidden || user !== 'user:default/mock',
    });
    await router.facts.addFacts(
      [
        {
          entityRef: hidden,
          port: 'table',
          name: 'freshness',
          value: 'PT1H',
          observedAt: new Date().toISOString(),
          reportedBy: 'pipeline',
        },
      ],
      new Date(),
    );
  });
  afterAll(() => router.close());

  const freshness = (body: any) =>
    body.items[0].results.find((r: any) => r.ruleId === 'fresh-within-sla')
      ?.state;

  it('uses its stored facts only for those who may read it', async () => {
    const reader = await router.call(
      'POST',
      '/evaluate',
      mockCredentials.user.header('user:default/reader'),
      ordersProduct,
    );
    expect(reader.status).toBe(200);
    expect(freshness(reader.body)).toBe('pass');
    const outsider = await router.call(
      'POST',
      '/evaluate',
      mockCredentials.user.header(),
      ordersProduct,
    );
    expect(outsider.status).toBe(200);
    expect(freshness(outsider.body)).toBe('no-data');
  });
});
