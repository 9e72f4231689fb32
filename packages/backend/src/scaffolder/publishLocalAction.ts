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

import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import fs from 'node:fs/promises';
import path from 'node:path';
import { publishedProductDirectory } from './localPublishDirectory';

/** The action's id, as templates name it. */
export const PUBLISH_LOCAL_ACTION_ID = 'meshwork:publish:local';

/** Claims `<root>/<name>` atomically, so two tasks can't publish over each other. */
async function claimDirectory(directory: string, name: string): Promise<void> {
  await fs.mkdir(path.dirname(directory), { recursive: true });
  try {
    await fs.mkdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new ConflictError(
      `name: a data product named "${name}" was already published to ${directory}; choose another name, or remove that folder to publish it again`,
    );
  }
}

/**
 * `meshwork:publish:local`: copies the workspace to
 * `<meshwork.localPublish.directory>/<name>/` on the backend's host. The
 * example app's stand-in for publishing to a repository: what it writes is
 * the real document, which `meshwork:register:local` then registers.
 */
export function createPublishLocalAction(options: { rootDirectory: string }) {
  const { rootDirectory } = options;
  return createTemplateAction({
    id: PUBLISH_LOCAL_ACTION_ID,
    description:
      "Copies the workspace to a folder named after the data product under the backend's local publish directory.",
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z.string({
            description:
              'Folder to publish to under the publish directory: the data product name.',
          }),
        sourcePath: z =>
          z
            .string({
              description:
                'Part of the workspace to publish; the whole workspace by default.',
            })
            .optional(),
      },
      output: {
        directory: z =>
          z.string({ description: 'The folder the workspace was copied to.' }),
        catalogInfoPath: z =>
          z.string({
            description: 'The catalog-info.yaml in that folder.',
          }),
      },
    },
    async handler(ctx) {
      const { name, sourcePath } = ctx.input;
      const directory = publishedProductDirectory(rootDirectory, name);
      const source = sourcePath
        ? resolveSafeChildPath(ctx.workspacePath, sourcePath)
        : ctx.workspacePath;

      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would copy ${source} to ${directory}`);
      } else {
        // A resumed task must not publish twice (and then fail on its own folder).
        await ctx.checkpoint({
          key: `meshwork.publish.local.${name}`,
          fn: async () => {
            await claimDirectory(directory, name);
            await fs.cp(source, directory, {
              recursive: true,
              // A link in the workspace could point the catalog at any file on the host.
              filter: async src => !(await fs.lstat(src)).isSymbolicLink(),
            });
          },
        });
        ctx.logger.info(`Published ${source} to ${directory}`);
      }
      ctx.output('directory', directory);
      ctx.output('catalogInfoPath', path.join(directory, 'catalog-info.yaml'));
    },
  });
}
