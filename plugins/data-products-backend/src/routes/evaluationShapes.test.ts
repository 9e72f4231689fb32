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
import type { Entity } from '@backstage/catalog-model';
import { ordersNeighbours, ordersProduct } from '../__testUtils__/fixtures';
import { startTestRouter } from '../__testUtils__/startTestRouter';

// Every shape in every field a rule reads, of the product and of the
// entities it looks up: the dry run answers 400 with the field, or scores
// with no rule in `error`; never a 500.

// 300 posts: about 4 s on a quiet 2-core machine, more beside other suites.
jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const shapes = [null, 5, 'x', '', true, [], [null], [1, 'a'], {}, { a: 1 }];

function withValue(entity: Entity, path: string, value: unknown): Entity {
  const copy = JSON.parse(JSON.stringify(entity));
  const keys = path.split('.');
  let parent = copy;
  for (const key of keys.slice(0, -1)) parent = parent[key] ??= {};
  parent[keys[keys.length - 1]] = value;
  return copy;
}

const productPaths = [
  'metadata.links',
  'metadata.annotations',
  'metadata.namespace',
  'spec.team',
  'spec.support',
  'spec.outputPorts',
  'spec.inputPorts',
  'spec.managementPorts',
  'spec.customProperties',
];
const neighbourPaths = [
  'metadata.title',
  'metadata.annotations',
  'spec',
  'spec.type',
  'spec.lifecycle',
  'spec.profile',
  'spec.owner',
];

describe('dry run of any shape of any field', () => {
  let router: Awaited<ReturnType<typeof startTestRouter>>;
  beforeAll(async () => {
    router = await startTestRouter({
      knex: await databases.init('SQLITE_3'),
      entities: ordersNeighbours,
      policy: () => true,
    });
  });
  afterAll(() => router.close());

  it('never fails and never leaves a rule in error', async () => {
    const posts = [
      ...productPaths.flatMap(path =>
        shapes.map(v => [
          withValue(ordersProduct, path, v),
          ...ordersNeighbours,
        ]),
      ),
      ...ordersNeighbours.flatMap((neighbour, i) =>
        neighbourPaths.flatMap(path =>
          shapes.map(v => [
            ordersProduct,
            ...ordersNeighbours.map((n, j) =>
              j === i ? withValue(neighbour, path, v) : n,
            ),
          ]),
        ),
      ),
    ];
    const failures: string[] = [];
    for (const [i, post] of posts.entries()) {
      // One caller per post: the dry run allows 30 a minute each.
      const header = mockCredentials.user.header(`user:default/caller-${i}`);
      const { status, body } = await router.call(
        'POST',
        '/evaluate',
        header,
        post,
      );
      if (status === 400) {
        const unnamed = (body.problems ?? []).filter(
          (p: { field: string; message: string }) =>
            !p.message.startsWith(`${p.field}: `),
        );
        if (!body.problems || unnamed.length) {
          failures.push(`#${i}: ${body.error.message}`);
        }
      } else if (status === 200) {
        const inError = body.items[0].results.filter(
          (r: { state: string }) => r.state === 'error',
        );
        if (inError.length) failures.push(`#${i}: ${JSON.stringify(inError)}`);
      } else {
        failures.push(`#${i}: HTTP ${status} ${body.error?.message}`);
      }
    }
    expect(posts.length).toBeGreaterThan(250);
    expect(failures).toEqual([]);
  });
});
