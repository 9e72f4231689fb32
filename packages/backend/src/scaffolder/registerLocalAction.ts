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
  type AuthService,
  resolveSafeChildPath,
} from '@backstage/backend-plugin-api';
import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  type CatalogService,
  parseEntityYaml,
} from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { DATA_PRODUCT_KIND } from '@meshwork/plugin-data-products-common';
import fs from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { PublishedProductsRefreshService } from '../publishedProducts';
import { isFile, publishedProductDirectory } from './localPublishDirectory';

/** The action's id, as templates name it. */
export const REGISTER_LOCAL_ACTION_ID = 'meshwork:register:local';

/** How long the action waits for the catalog to show the product. */
export interface CatalogWait {
  timeoutMs: number;
  intervalMs: number;
}
const DEFAULT_WAIT: CatalogWait = { timeoutMs: 30_000, intervalMs: 500 };

/** The entities of a descriptor, parsed as the catalog parses it. */
async function readEntities(file: string): Promise<Entity[]> {
  const location = { type: 'file', target: file };
  const entities: Entity[] = [];
  for (const result of parseEntityYaml(await fs.readFile(file), location)) {
    if (result.type === 'error') throw new InputError(result.error.message);
    if (result.type === 'entity') entities.push(result.entity);
  }
  return entities;
}

/**
 * `meshwork:register:local`: brings a product published by
 * `meshwork:publish:local` into the catalog. It has the catalog judge the
 * document first, so a document the catalog would reject fails this step
 * with the kind's own message rather than surfacing later as a processing
 * error on an entity page; then it asks the catalog to read the published
 * folder now (the catalog module `meshwork-published-products` reads it) and
 * waits, up to half a minute, for the product to be there. Nothing is
 * registered through the catalog's locations API, which refuses `file`.
 */
export function createRegisterLocalAction(options: {
  catalog: CatalogService;
  auth: AuthService;
  publishedProducts: PublishedProductsRefreshService;
  rootDirectory: string;
  wait?: CatalogWait;
}) {
  const { catalog, auth, publishedProducts, rootDirectory } = options;
  const wait = options.wait ?? DEFAULT_WAIT;

  /** Whether the catalog has the entity yet, asked as this plugin. */
  async function waitForEntity(entityRef: string): Promise<boolean> {
    const credentials = await auth.getOwnServiceCredentials();
    const deadline = Date.now() + wait.timeoutMs;
    for (;;) {
      if (await catalog.getEntityByRef(entityRef, { credentials })) {
        return true;
      }
      if (Date.now() >= deadline) return false;
      await new Promise(resolve => setTimeout(resolve, wait.intervalMs));
    }
  }

  return createTemplateAction({
    id: REGISTER_LOCAL_ACTION_ID,
    description:
      'Has the catalog check a locally published data product and pick it up from the published folder.',
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z.string({
            description: 'The data product name it was published under.',
          }),
      },
      output: {
        entityRef: z =>
          z.string({ description: 'The data product.' }).optional(),
      },
    },
    async handler(ctx) {
      const { name } = ctx.input;
      const directory = publishedProductDirectory(rootDirectory, name);
      // A dry run published nothing: judge the workspace's file instead.
      const file = resolveSafeChildPath(
        ctx.isDryRun ? ctx.workspacePath : directory,
        'catalog-info.yaml',
      );
      if (!(await isFile(file))) {
        throw new InputError(
          `name: expected a published catalog-info.yaml at ${file}; publish "${name}" with meshwork:publish:local first`,
        );
      }

      const entities = await readEntities(file);
      const credentials = await ctx.getInitiatorCredentials();
      // The catalog's validation takes a url location; this one only names
      // the file in the catalog's messages.
      const locationRef = `url:${pathToFileURL(file)}`;
      const problems: string[] = [];
      for (const entity of entities) {
        const result = await catalog.validateEntity(entity, locationRef, {
          credentials,
        });
        if (!result.valid) problems.push(...result.errors.map(e => e.message));
      }
      if (problems.length > 0) throw new InputError(problems.join('; '));

      const product = entities.find(e => e.kind === DATA_PRODUCT_KIND);
      const entityRef = product && stringifyEntityRef(product);
      if (entityRef) ctx.output('entityRef', entityRef);
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: the catalog accepts ${file}`);
        return;
      }

      await publishedProducts.refresh();
      if (entityRef && (await waitForEntity(entityRef))) {
        ctx.logger.info(`${entityRef} is in the catalog`);
      } else {
        // Published and handed to the catalog all the same: it shows up
        // once the catalog has processed it; its errors show there if not.
        ctx.logger.warn(
          `The catalog has the location of ${file} but not yet ${
            entityRef ?? 'a data product from it'
          }; it appears once the catalog has processed the file`,
        );
      }
    },
  });
}
