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
  mockServices,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { stringify } from 'yaml';
import { createRegisterLocalAction } from './registerLocalAction';

const product = {
  apiVersion: 'meshwork.dev/v1alpha1',
  kind: 'DataProduct',
  metadata: { name: 'orders-returns' },
  spec: { owner: 'sales-data', domain: 'sales', status: 'draft' },
};

describe('meshwork:register:local', () => {
  const mockDir = createMockDirectory();
  const root = mockDir.resolve('published');
  const workspacePath = mockDir.resolve('workspace');
  const published = mockDir.resolve(
    'published/orders-returns/catalog-info.yaml',
  );
  const credentials = mockCredentials.user('user:default/priya.raman');

  function setup(options: { problems?: string[]; inCatalog?: boolean } = {}) {
    const { problems = [], inCatalog = true } = options;
    const catalog = catalogServiceMock.mock({
      validateEntity: jest.fn(async () =>
        problems.length > 0
          ? {
              valid: false as const,
              errors: problems.map(message => ({
                name: 'InputError',
                message,
              })),
            }
          : { valid: true as const },
      ),
      getEntityByRef: jest.fn(async () =>
        inCatalog
          ? { ...product, metadata: { ...product.metadata } }
          : undefined,
      ),
    });
    const publishedProducts = {
      refresh: jest.fn(async () => {}),
      setRefresher: jest.fn(),
    };
    const action = createRegisterLocalAction({
      catalog,
      auth: mockServices.auth(),
      publishedProducts,
      rootDirectory: root,
      wait: { timeoutMs: 50, intervalMs: 10 },
    });
    const run = (input: { name: string }, isDryRun = false) => {
      // createMockActionContext takes neither of the last two itself.
      const ctx = {
        ...createMockActionContext({
          input,
          workspacePath,
          logger: mockServices.logger.mock(),
        }),
        isDryRun,
        getInitiatorCredentials: async () => credentials,
      };
      return { ctx, done: action.handler(ctx) };
    };
    return { catalog, publishedProducts, run };
  }

  beforeEach(() => {
    mockDir.setContent({
      'published/orders-returns/catalog-info.yaml': stringify(product),
      'workspace/catalog-info.yaml': stringify({
        ...product,
        metadata: { name: 'orders-draft' },
      }),
    });
  });

  it('has the catalog judge the published file as the user who ran the template, then pick it up', async () => {
    const { catalog, publishedProducts, run } = setup();
    const { ctx, done } = run({ name: 'orders-returns' });
    await done;

    expect(catalog.validateEntity).toHaveBeenCalledWith(
      product,
      `url:file://${published}`,
      { credentials },
    );
    expect(publishedProducts.refresh).toHaveBeenCalledTimes(1);
    expect(catalog.getEntityByRef).toHaveBeenCalledWith(
      'dataproduct:default/orders-returns',
      expect.anything(),
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'dataproduct:default/orders-returns',
    );
    // Nothing goes through the locations API, which refuses `file`.
    expect(catalog.addLocation).not.toHaveBeenCalled();
  });

  it("fails with the catalog's own message, before the catalog reads the folder", async () => {
    const { publishedProducts, run } = setup({
      problems: ['DataProduct has 1 problem: spec.status: expected ...'],
    });

    await expect(run({ name: 'orders-returns' }).done).rejects.toThrow(
      /DataProduct has 1 problem: spec.status/,
    );
    expect(publishedProducts.refresh).not.toHaveBeenCalled();
  });

  it('finishes with a warning when the catalog has not shown the product yet', async () => {
    const { publishedProducts, run } = setup({ inCatalog: false });
    const { ctx, done } = run({ name: 'orders-returns' });
    await done;

    expect(publishedProducts.refresh).toHaveBeenCalledTimes(1);
    expect(ctx.logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('not yet dataproduct:default/orders-returns'),
    );
  });

  it.each([
    [{ name: '../workspace' }, /^name: expected a name of letters/],
    [
      { name: 'never-published' },
      /^name: expected a published catalog-info.yaml at .*never-published.*; publish "never-published" with meshwork:publish:local first/,
    ],
  ])('refuses %j without calling the catalog', async (input, message) => {
    const { catalog, publishedProducts, run } = setup();

    await expect(run(input).done).rejects.toThrow(message);
    expect(catalog.validateEntity).not.toHaveBeenCalled();
    expect(publishedProducts.refresh).not.toHaveBeenCalled();
  });

  it("in a dry run, only asks the catalog to judge the workspace's file", async () => {
    const { catalog, publishedProducts, run } = setup();
    const { ctx, done } = run({ name: 'orders-returns' }, true);
    await done;

    expect(catalog.validateEntity).toHaveBeenCalledTimes(1);
    expect(catalog.validateEntity).toHaveBeenCalledWith(
      expect.objectContaining({ metadata: { name: 'orders-draft' } }),
      `url:file://${workspacePath}/catalog-info.yaml`,
      { credentials },
    );
    expect(publishedProducts.refresh).not.toHaveBeenCalled();
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'dataproduct:default/orders-draft',
    );
  });
});
