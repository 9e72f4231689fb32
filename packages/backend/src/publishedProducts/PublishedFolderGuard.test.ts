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

import { createMockDirectory } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { PublishedFolderGuard } from './PublishedFolderGuard';

describe('PublishedFolderGuard', () => {
  const mockDir = createMockDirectory({
    content: {
      'published/orders/catalog-info.yaml': 'kind: DataProduct',
      'published/returns/catalog-info.yaml': 'kind: DataProduct',
      'examples/all.yaml': 'kind: Location',
    },
  });
  const guard = new PublishedFolderGuard(mockDir.resolve('published'));
  const inFolder = {
    type: 'file',
    target: mockDir.resolve('published/orders/catalog-info.yaml'),
  };
  const location = (spec: NonNullable<Entity['spec']>): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Location',
    metadata: { name: 'somewhere' },
    spec,
  });

  it.each([
    [{ type: 'file', target: '/etc/passwd' }],
    [{ target: '/etc/passwd' }],
    [{ type: 'file', target: '/etc/*' }],
    [{ target: '../../examples/all.yaml' }],
    [{ target: './catalog-info.yaml', targets: ['/etc/shadow'] }],
    [{ type: 'url', target: 'https://example.com/catalog-info.yaml' }],
    [{ target: 'etc/passwd' }],
  ])(
    'refuses a Location in the published folder that points at %j',
    async spec => {
      await expect(
        guard.preProcessEntity(location(spec), inFolder),
      ).rejects.toThrow(
        /may only point at a published product's catalog-info.yaml there/,
      );
    },
  );

  it("lets a Location point at a published product's descriptor", async () => {
    for (const spec of [
      { type: 'file', target: inFolder.target },
      { target: '../returns/catalog-info.yaml' },
    ]) {
      const entity = location(spec);
      await expect(guard.preProcessEntity(entity, inFolder)).resolves.toBe(
        entity,
      );
    }
  });

  it('leaves everything else alone', async () => {
    const configured = location({ type: 'file', target: '/etc/passwd' });
    const outside = {
      type: 'file',
      target: mockDir.resolve('examples/all.yaml'),
    };
    await expect(guard.preProcessEntity(configured, outside)).resolves.toBe(
      configured,
    );
    const product: Entity = { ...configured, kind: 'DataProduct' };
    await expect(guard.preProcessEntity(product, inFolder)).resolves.toBe(
      product,
    );
  });
});
