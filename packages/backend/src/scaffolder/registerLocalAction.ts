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
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { DATA_PRODUCT_KIND } from '@meshwork/plugin-data-products-common';
import { isFile, publishedProductDirectory } from './localPublishDirectory';

/** The action's id, as templates name it. */
export const REGISTER_LOCAL_ACTION_ID = 'meshwork:register:local';

/** The entity a template's output links to: the data product, else the first non-Location. */
function mainEntity(entities: Entity[]): Entity | undefined {
  return (
    entities.find(e => e.kind === DATA_PRODUCT_KIND) ??
    entities.find(e => e.kind !== 'Location')
  );
}

/**
 * `meshwork:register:local`: registers a product published by
 * `meshwork:publish:local` with the catalog as a `file` location. Only files
 * under the publish directory can be registered this way.
 */
export function createRegisterLocalAction(options: {
  catalog: CatalogService;
  rootDirectory: string;
}) {
  const { catalog, rootDirectory } = options;
  return createTemplateAction({
    id: REGISTER_LOCAL_ACTION_ID,
    description:
      'Registers the catalog-info.yaml of a locally published data product with the catalog.',
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z.string({
            description: 'The data product name it was published under.',
          }),
        catalogInfoPath: z =>
          z
            .string({
              description:
                'The descriptor, relative to the published folder; catalog-info.yaml by default.',
            })
            .optional(),
      },
      output: {
        entityRef: z =>
          z.string({ description: 'The registered data product.' }).optional(),
        catalogInfoTarget: z =>
          z.string({ description: 'The file location registered.' }),
      },
    },
    async handler(ctx) {
      const { name, catalogInfoPath = 'catalog-info.yaml' } = ctx.input;
      const directory = publishedProductDirectory(rootDirectory, name);
      // A dry run published nothing: let the catalog judge the workspace's file instead.
      const target = ctx.isDryRun
        ? resolveSafeChildPath(ctx.workspacePath, catalogInfoPath)
        : resolveSafeChildPath(directory, catalogInfoPath);
      if (!(await isFile(target))) {
        throw new InputError(
          `catalogInfoPath: expected a file at ${target}; publish "${name}" with meshwork:publish:local first`,
        );
      }
      const location = { type: 'file', target };
      const credentials = await ctx.getInitiatorCredentials();

      // The catalog reads the file as it will on every refresh, so a document
      // it would reject fails this step with the kind's own message, rather
      // than showing up later as a processing error on an entity page.
      const checked = await catalog.addLocation(
        { ...location, dryRun: true },
        { credentials },
      );
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: the catalog accepts ${target}`);
      } else if (checked.exists) {
        ctx.logger.info(`${target} is already registered`);
      } else {
        await catalog.addLocation(location, { credentials });
        ctx.logger.info(`Registered ${target} in the catalog`);
      }
      const entity = mainEntity(checked.entities);
      if (entity) ctx.output('entityRef', stringifyEntityRef(entity));
      ctx.output('catalogInfoTarget', target);
    },
  });
}
