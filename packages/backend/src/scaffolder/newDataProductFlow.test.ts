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
  startTestBackend,
  mockServices,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import catalogModuleDataProducts from '@meshwork/plugin-catalog-backend-module-data-products';
import dataProductsPlugin from '@meshwork/plugin-data-products-backend';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';
import { exampleCatalogConfig } from '../__testUtils__/exampleCatalog';
import { until } from '../__testUtils__/until';
import {
  formAnswers,
  template,
  templateDir,
  templateFile,
} from './__testUtils__/newDataProductTemplate';
import { catalogModuleMeshworkPublishedProducts } from '../publishedProducts';
import { scaffolderModuleMeshworkLocalPublish } from './localPublishModule';

// The click path of the README, through the HTTP APIs the portal's pages
// call: a domain owner runs "New data product" in a real scaffolder, and the
// product lands in a real catalog, where the scorecard scores it.

jest.setTimeout(180_000);

const asOwner = mockCredentials.user.header('user:default/priya.raman');

describe('a domain owner creates a data product from the portal', () => {
  const mockDir = createMockDirectory();
  const publishDirectory = mockDir.resolve('published');
  let baseUrl: string;

  async function call(method: string, route: string, body?: object) {
    const response = await fetch(`${baseUrl}/api${route}`, {
      method,
      headers: {
        Authorization: asOwner,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: await response.json() };
  }

  /** The example portal's catalog and scaffolder, on a fresh in-memory database. */
  async function startPortal() {
    const catalog = exampleCatalogConfig();
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleDataProducts,
        catalogModuleScaffolderEntityModel,
        catalogModuleMeshworkPublishedProducts,
        scaffolderPlugin,
        scaffolderModuleMeshworkLocalPublish,
        dataProductsPlugin,
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              ...catalog,
              // As app-config.yaml registers the template.
              locations: [
                ...catalog.locations,
                {
                  type: 'file',
                  target: templateFile,
                  rules: [{ allow: ['Template'] }],
                },
              ],
            },
            meshwork: { localPublish: { directory: publishDirectory } },
          },
        }),
      ],
    });
    baseUrl = `http://localhost:${
      (backend.server.address() as AddressInfo).port
    }`;
    return backend;
  }
  let portal: Awaited<ReturnType<typeof startPortal>>;

  beforeAll(async () => {
    portal = await startPortal();
  });

  it('ends with the product in the catalog, at least bronze', async () => {
    const answers = formAnswers({ status: 'active' });
    await until(
      'the template and the sales domain in the catalog',
      async () => {
        const [tpl, domain] = await Promise.all([
          call(
            'GET',
            '/catalog/entities/by-name/template/default/new-data-product',
          ),
          call('GET', '/catalog/entities/by-name/domain/default/sales'),
        ]);
        return tpl.status === 200 && domain.status === 200 ? true : undefined;
      },
    );

    const created = await call('POST', '/scaffolder/v2/tasks', {
      templateRef: 'template:default/new-data-product',
      values: answers,
    });
    expect(created.status).toBe(201);
    const task = await until('the task to finish', async () => {
      const { body } = await call(
        'GET',
        `/scaffolder/v2/tasks/${created.body.id}`,
      );
      return ['completed', 'failed'].includes(body.status) ? body : undefined;
    });
    const { body: events } = await call(
      'GET',
      `/scaffolder/v2/tasks/${created.body.id}/events`,
    );
    if (task.status !== 'completed') {
      throw new Error(
        `the task failed: ${events
          .map((e: any) => e.body.message)
          .join(' | ')}`,
      );
    }
    const completion = events.find((e: any) => e.type === 'completion');

    // The real document, published where the example app keeps products.
    const published = parse(
      fs.readFileSync(
        path.join(publishDirectory, `${answers.name}`, 'catalog-info.yaml'),
        'utf8',
      ),
    );
    expect(published.spec.owner).toBe(answers.owner);
    const entityRef = `dataproduct:default/${answers.name}`;
    expect(completion.body.output.links[0]).toMatchObject({ entityRef });

    // The run ends with the product in the catalog: "Open the data product"
    // works at once, with no location registered through the catalog's API.
    const { status: found, body: entity } = await call(
      'GET',
      `/catalog/entities/by-name/dataproduct/default/${answers.name}`,
    );
    expect(found).toBe(200);
    expect(entity.spec.purpose).toBe(answers.purpose);
    expect(
      entity.metadata.annotations['backstage.io/managed-by-location'],
    ).toBe(
      `file:${path.join(
        publishDirectory,
        `${answers.name}`,
        'catalog-info.yaml',
      )}`,
    );
    const { body: locations } = await call('GET', '/catalog/locations');
    expect(locations).toEqual([]);

    const { body: scorecard } = await call(
      'POST',
      `/data-products/scorecards/dataproduct/default/${answers.name}/evaluate`,
    );
    expect(scorecard.entityRef).toBe(entityRef);
    expect(
      scorecard.results.filter(
        (r: any) => r.level === 'bronze' && r.state !== 'pass',
      ),
    ).toEqual([]);
    expect(['bronze', 'silver', 'gold']).toContain(scorecard.level);
  });

  /** The Template Editor's request: the template and its folder's files. */
  function dryRun(values: Record<string, unknown>) {
    const content = path.join(templateDir, 'content');
    return call('POST', '/scaffolder/v2/dry-run', {
      template,
      values,
      directoryContents: fs.readdirSync(content).map(file => ({
        path: `content/${file}`,
        base64Content: fs
          .readFileSync(path.join(content, file))
          .toString('base64'),
      })),
    });
  }

  it('in a dry run, has the catalog judge the document and publishes nothing', async () => {
    const answers = formAnswers({ name: 'orders-dry-run' });
    const { status, body } = await dryRun(answers);

    expect(status).toBe(200);
    expect(body.output.links[0]).toMatchObject({
      entityRef: 'dataproduct:default/orders-dry-run',
    });
    expect(fs.existsSync(path.join(publishDirectory, 'orders-dry-run'))).toBe(
      false,
    );
    const { status: lookup } = await call(
      'GET',
      '/catalog/entities/by-name/dataproduct/default/orders-dry-run',
    );
    expect(lookup).toBe(404);
  });

  it('refuses a description too short for bronze before anything runs', async () => {
    const { status, body } = await dryRun(
      formAnswers({ name: 'orders-terse', description: 'Order returns.' }),
    );

    expect(status).toBe(400);
    expect(body.errors.map((e: { property: string }) => e.property)).toEqual([
      'instance.description',
    ]);
  });

  it('still has the product after the backend restarts', async () => {
    // Published by the first test; the example app's catalog is in memory,
    // so a restarted backend starts with an empty one.
    const name = `${formAnswers().name}`;
    expect(
      fs.existsSync(path.join(publishDirectory, name, 'catalog-info.yaml')),
    ).toBe(true);
    await portal.stop();
    portal = await startPortal();

    const entity = await until('the product in the new catalog', async () => {
      const { status, body } = await call(
        'GET',
        `/catalog/entities/by-name/dataproduct/default/${name}`,
      );
      return status === 200 ? body : undefined;
    });
    expect(entity.spec.owner).toBe(formAnswers().owner);
  });
});
