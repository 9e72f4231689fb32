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
});
