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
  mockCredentials,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import path from 'node:path';
import { createRegisterLocalAction } from './registerLocalAction';

const product: Entity = {
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: { name: 'orders-returns', namespace: 'default' },
  spec: { owner: 'sales-data', domain: 'sales', status: 'draft' },
};
const locationEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Location',
  metadata: { name: 'generated-1234', namespace: 'default' },
};

describe('meshwork:register:local', () => {
  const mockDir = createMockDirectory();
  const root = mockDir.resolve('published');
  const workspacePath = mockDir.resolve('workspace');
  const published = path.join(root, 'orders-returns', 'catalog-info.yaml');
  const credentials = mockCredentials.user('user:default/priya.raman');

  function setup(
    catalogAnswer: { exists?: boolean; entities?: Entity[] } = {},
  ) {
    const catalog = catalogServiceMock.mock({
      addLocation: jest.fn(async request => ({
        location: {
          id: 'id',
          type: request.type ?? 'url',
          target: request.target,
          entityRef: 'location:default/generated-1234',
        },
        exists: catalogAnswer.exists ?? false,
        entities: request.dryRun
          ? catalogAnswer.entities ?? [locationEntity, product]
          : [],
      })),
    });
    const action = createRegisterLocalAction({ catalog, rootDirectory: root });
    const run = (
      input: { name: string; catalogInfoPath?: string },
      isDryRun = false,
    ) => {
      // createMockActionContext takes neither of the last two itself.
      const ctx = {
        ...createMockActionContext({ input, workspacePath }),
        isDryRun,
        getInitiatorCredentials: async () => credentials,
      };
      return { ctx, done: action.handler(ctx) };
    };
    return { catalog, run };
  }

  beforeEach(() => {
    mockDir.setContent({
      'published/orders-returns/catalog-info.yaml': 'kind: DataProduct\n',
      'workspace/catalog-info.yaml': 'kind: DataProduct\n',
    });
  });

  it('registers the published file as a file location, as the user who ran the template', async () => {
    const { catalog, run } = setup();
    const { ctx, done } = run({ name: 'orders-returns' });
    await done;

    expect(catalog.addLocation).toHaveBeenCalledWith(
      { type: 'file', target: published, dryRun: true },
      { credentials },
    );
    expect(catalog.addLocation).toHaveBeenCalledWith(
      { type: 'file', target: published },
      { credentials },
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'dataproduct:default/orders-returns',
    );
    expect(ctx.output).toHaveBeenCalledWith('catalogInfoTarget', published);
  });

  it('registers nothing when the catalog rejects the document, and says why', async () => {
    const { catalog, run } = setup();
    catalog.addLocation.mockRejectedValueOnce(
      new InputError('DataProduct has 1 problem: spec.status: expected ...'),
    );

    await expect(run({ name: 'orders-returns' }).done).rejects.toThrow(
      /DataProduct has 1 problem/,
    );
    expect(catalog.addLocation).toHaveBeenCalledTimes(1);
  });

  it('does not register a location twice', async () => {
    const { catalog, run } = setup({ exists: true });
    const { ctx, done } = run({ name: 'orders-returns' });
    await done;

    expect(catalog.addLocation).toHaveBeenCalledTimes(1);
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'dataproduct:default/orders-returns',
    );
  });

  it.each([
    [{ name: '../workspace' }, /^name: expected a name of letters/],
    [
      {
        name: 'orders-returns',
        catalogInfoPath: '../../workspace/catalog-info.yaml',
      },
      /outside its parent/,
    ],
    [
      { name: 'never-published' },
      /^catalogInfoPath: expected a file at .*never-published.*; publish "never-published" with meshwork:publish:local first/,
    ],
  ])('refuses %j without calling the catalog', async (input, message) => {
    const { catalog, run } = setup();

    await expect(run(input).done).rejects.toThrow(message);
    expect(catalog.addLocation).not.toHaveBeenCalled();
  });

  it("in a dry run, only asks the catalog to judge the workspace's file", async () => {
    const { catalog, run } = setup();
    const { ctx, done } = run({ name: 'orders-returns' }, true);
    await done;

    const target = path.join(workspacePath, 'catalog-info.yaml');
    expect(catalog.addLocation).toHaveBeenCalledTimes(1);
    expect(catalog.addLocation).toHaveBeenCalledWith(
      { type: 'file', target, dryRun: true },
      { credentials },
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'dataproduct:default/orders-returns',
    );
  });
});
