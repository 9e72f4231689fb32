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
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import fs from 'node:fs';
import path from 'node:path';
import { createPublishLocalAction } from './publishLocalAction';

describe('meshwork:publish:local', () => {
  const mockDir = createMockDirectory();
  const root = mockDir.resolve('published');
  const workspacePath = mockDir.resolve('workspace');
  const action = createPublishLocalAction({ rootDirectory: root });

  beforeEach(() => {
    mockDir.setContent({
      workspace: {
        'catalog-info.yaml': 'kind: DataProduct\n',
        docs: { 'index.md': '# Orders returns\n' },
      },
    });
  });

  function run(input: { name: string; sourcePath?: string }, isDryRun = false) {
    // createMockActionContext takes no isDryRun of its own.
    const ctx = {
      ...createMockActionContext({ input, workspacePath }),
      isDryRun,
    };
    return { ctx, done: action.handler(ctx) };
  }

  it('copies the workspace into a folder named after the product', async () => {
    const { ctx, done } = run({ name: 'orders-returns' });
    await done;

    const directory = path.join(root, 'orders-returns');
    expect(mockDir.content({ path: 'published' })).toEqual({
      'orders-returns': {
        'catalog-info.yaml': 'kind: DataProduct\n',
        docs: { 'index.md': '# Orders returns\n' },
      },
    });
    expect(ctx.output).toHaveBeenCalledWith('directory', directory);
    expect(ctx.output).toHaveBeenCalledWith(
      'catalogInfoPath',
      path.join(directory, 'catalog-info.yaml'),
    );
  });

  it.each([
    '../escaped',
    'a/../../escaped',
    '/tmp/escaped',
    '..',
    '.hidden',
    '',
  ])(
    'refuses the name %j, naming the field, and writes nothing',
    async name => {
      await expect(run({ name }).done).rejects.toThrow(
        /^name: expected a name of letters, digits/,
      );
      expect(fs.existsSync(root)).toBe(false);
      expect(fs.existsSync(mockDir.resolve('escaped'))).toBe(false);
    },
  );

  it('refuses a part of the workspace outside it', async () => {
    await expect(
      run({ name: 'orders-returns', sourcePath: '../..' }).done,
    ).rejects.toThrow(/outside its parent/);
    expect(fs.existsSync(root)).toBe(false);
  });

  it('never publishes over a product already published under that name', async () => {
    mockDir.addContent({
      'published/orders-returns/catalog-info.yaml': 'theirs\n',
    });

    await expect(run({ name: 'orders-returns' }).done).rejects.toThrow(
      /^name: a data product named "orders-returns" was already published/,
    );
    expect(
      fs.readFileSync(
        path.join(root, 'orders-returns', 'catalog-info.yaml'),
        'utf8',
      ),
    ).toBe('theirs\n');
  });

  it('leaves out symbolic links, which could point the catalog at any file', async () => {
    fs.symlinkSync('/etc/hostname', path.join(workspacePath, 'linked.yaml'));

    await run({ name: 'orders-returns' }).done;

    expect(
      fs.existsSync(path.join(root, 'orders-returns', 'catalog-info.yaml')),
    ).toBe(true);
    expect(
      fs.existsSync(path.join(root, 'orders-returns', 'linked.yaml')),
    ).toBe(false);
  });

  it('writes nothing in a dry run but says where it would publish', async () => {
    const { ctx, done } = run({ name: 'orders-returns' }, true);
    await done;

    expect(fs.existsSync(root)).toBe(false);
    expect(ctx.output).toHaveBeenCalledWith(
      'directory',
      path.join(root, 'orders-returns'),
    );
  });
});
