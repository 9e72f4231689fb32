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

import { mockCredentials } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { scanCatalog } from './scanCatalog';

const api = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'API',
  metadata: { name, namespace: 'default', etag: `etag-${name}` },
  spec: { type: 'odcs', definition: 'a long contract' },
});

async function scanAll(...args: Parameters<typeof scanCatalog>) {
  const entities: Entity[] = [];
  for await (const entity of scanCatalog(...args)) entities.push(entity);
  return entities;
}

describe('scanCatalog', () => {
  const entities = ['a', 'b', 'c', 'd', 'e'].map(api);

  it('reads every matching entity, a page at a time', async () => {
    const catalog = catalogServiceMock({
      entities: [...entities, { ...api('team'), kind: 'Group' }],
    });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');
    const scanned = await scanAll(
      catalog,
      mockCredentials.service(),
      { filter: { kind: 'API' } },
      2,
    );
    expect(scanned.map(e => e.metadata.name)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
    expect(queryEntities).toHaveBeenCalledTimes(3);
  });

  it('asks for only the given fields on every page, not just the first', async () => {
    const catalog = catalogServiceMock({ entities });
    const queryEntities = jest.spyOn(catalog, 'queryEntities');
    const fields = ['kind', 'metadata.name', 'metadata.etag'];
    const scanned = await scanAll(
      catalog,
      mockCredentials.service(),
      { filter: { kind: 'API' }, fields },
      2,
    );
    expect(scanned).toHaveLength(5);
    for (const entity of scanned) expect(entity).not.toHaveProperty('spec');
    for (const [request] of queryEntities.mock.calls) {
      expect(request).toMatchObject({ fields, limit: 2 });
    }
  });
});
