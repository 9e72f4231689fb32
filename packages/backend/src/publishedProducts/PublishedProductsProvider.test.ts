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

import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import type { SchedulerServiceTaskRunner } from '@backstage/backend-plugin-api';
import type {
  EntityProviderConnection,
  EntityProviderMutation,
  EntityProviderRefreshOptions,
} from '@backstage/plugin-catalog-node';
import fs from 'node:fs';
import { PublishedProductsProvider } from './PublishedProductsProvider';

const runAtOnce: SchedulerServiceTaskRunner = {
  run: async task => {
    await task.fn(new AbortController().signal);
  },
};

describe('PublishedProductsProvider', () => {
  const mockDir = createMockDirectory();
  const root = mockDir.resolve('published');

  async function connect() {
    const connection: jest.Mocked<EntityProviderConnection> = {
      applyMutation: jest.fn(async (_mutation: EntityProviderMutation) => {}),
      refresh: jest.fn(async (_options: EntityProviderRefreshOptions) => {}),
    };
    const provider = new PublishedProductsProvider({
      rootDirectory: root,
      taskRunner: runAtOnce,
      logger: mockServices.logger.mock(),
    });
    await provider.connect(connection);
    /** The targets of the Locations of the latest read. */
    const targets = () => {
      const calls = connection.applyMutation.mock.calls;
      const mutation = calls[calls.length - 1][0];
      if (mutation.type !== 'full') throw new Error('expected a full read');
      return mutation.entities.map(({ entity }) => entity.spec?.target);
    };
    return { provider, connection, targets };
  }

  it('gives the catalog a file Location for each published product, and for nothing else', async () => {
    mockDir.setContent({
      'published/orders-copy/catalog-info.yaml': 'kind: DataProduct',
      'published/churn-copy/catalog-info.yaml': 'kind: DataProduct',
      'published/half-published/README.md': 'no descriptor yet',
      'published/.hidden/catalog-info.yaml': 'kind: DataProduct',
      'published/stray.yaml': 'kind: DataProduct',
      'published/nested/catalog-info.yaml/oops': 'a folder, not a file',
      'outside/catalog-info.yaml': 'kind: DataProduct',
      'outside/secret.txt': 'not for the catalog',
    });
    // Links could point the catalog anywhere on the host: a linked folder,
    // a linked descriptor.
    fs.symlinkSync(
      mockDir.resolve('outside'),
      mockDir.resolve('published/linked'),
    );
    fs.mkdirSync(mockDir.resolve('published/link-file'));
    fs.symlinkSync(
      mockDir.resolve('outside/secret.txt'),
      mockDir.resolve('published/link-file/catalog-info.yaml'),
    );

    const { connection, targets } = await connect();

    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    expect(targets()).toEqual([
      mockDir.resolve('published/churn-copy/catalog-info.yaml'),
      mockDir.resolve('published/orders-copy/catalog-info.yaml'),
    ]);
    const [{ entity, locationKey }] =
      connection.applyMutation.mock.calls[0][0].type === 'full'
        ? connection.applyMutation.mock.calls[0][0].entities
        : [];
    const descriptor = mockDir.resolve(
      'published/churn-copy/catalog-info.yaml',
    );
    expect(entity).toMatchObject({
      kind: 'Location',
      metadata: {
        annotations: {
          'backstage.io/managed-by-location': `file:${descriptor}`,
          'backstage.io/managed-by-origin-location': `file:${descriptor}`,
        },
      },
      spec: { type: 'file', target: descriptor },
    });
    expect(locationKey).toBe(`file:${descriptor}`);
  });

  it('reads the folder again when asked: a new product comes, a deleted one goes', async () => {
    mockDir.setContent({
      'published/orders-copy/catalog-info.yaml': 'kind: DataProduct',
    });
    const { provider, targets } = await connect();

    mockDir.addContent({
      'published/returns/catalog-info.yaml': 'kind: DataProduct',
    });
    fs.rmSync(mockDir.resolve('published/orders-copy'), { recursive: true });
    await provider.refresh();

    expect(targets()).toEqual([
      mockDir.resolve('published/returns/catalog-info.yaml'),
    ]);
  });

  it('gives an empty set while nothing was ever published', async () => {
    mockDir.setContent({});
    const { targets } = await connect();
    expect(targets()).toEqual([]);
  });

  it('reads one at a time, so an older read never lands after a newer one', async () => {
    mockDir.setContent({});
    const { provider, connection, targets } = await connect();
    let release = () => {};
    const applying = new Promise<void>(started => {
      connection.applyMutation.mockImplementationOnce(
        () =>
          new Promise<void>(resolve => {
            release = resolve;
            started();
          }),
      );
    });
    // A scheduled read has listed the empty folder and is being applied...
    const older = provider.refresh();
    await applying;
    // ...when the template publishes and asks for a read.
    const newer = provider.refresh();
    mockDir.addContent({
      'published/returns/catalog-info.yaml': 'kind: DataProduct',
    });
    release();
    await Promise.all([older, newer]);

    expect(targets()).toEqual([
      mockDir.resolve('published/returns/catalog-info.yaml'),
    ]);
  });
});
