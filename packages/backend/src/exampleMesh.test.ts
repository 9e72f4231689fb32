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
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleUnprocessedEntities from '@backstage/plugin-catalog-backend-module-unprocessed';
import catalogModuleDataProducts from '@meshwork/plugin-catalog-backend-module-data-products';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import fs from 'node:fs';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  exampleCatalogConfig,
  examplesDir,
} from './__testUtils__/exampleCatalog';

// Loads the example mesh into a real catalog backend with the DataProduct
// module, as `npm start` does, and checks what a user of the portal sees.

jest.setTimeout(120_000);

// Beside the examples, a domain owner's file with one broken product (a typo
// in a key) and one good one: the good one must load regardless.
const ownerFile = path.join(
  fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-')),
  'catalog-info.yaml',
);
fs.writeFileSync(
  ownerFile,
  [
    'apiVersion: meshwork.dev/v1alpha1\nkind: DataProduct\nmetadata: { name: typo-product }',
    'spec: { owner: sales-data, domain: sales, status: active, ouputPorts: [] }',
    '---',
    'apiVersion: meshwork.dev/v1alpha1\nkind: DataProduct\nmetadata: { name: good-neighbour }',
    'spec: { owner: sales-data, domain: sales, status: draft }',
  ].join('\n'),
);

function exampleDocuments(): Entity[] {
  const files = [
    'org.yaml',
    'domains.yaml',
    'contracts.yaml',
    ...fs
      .readdirSync(path.join(examplesDir, 'data-products'))
      .map(f => `data-products/${f}`),
  ];
  return files.flatMap(file =>
    parseAllDocuments(fs.readFileSync(path.join(examplesDir, file), 'utf8'))
      .map(d => d.toJS() as Entity)
      .filter(Boolean),
  );
}

/** The ref of an entry of the unprocessed-entities module. */
function refOf(entry: { unprocessed_entity: Entity }): string {
  return stringifyEntityRef(entry.unprocessed_entity);
}

/** What the README's "Describing a data product" says each product's fields relate it to. */
function declaredRelations(product: Entity): Array<[string, string, string]> {
  const self = stringifyEntityRef(product);
  const spec = product.spec as any;
  const ref = (value: string, defaultKind: string) =>
    stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
    );
  const pairs: Array<[string, string, string, string]> = [
    [ref(spec.owner, 'Group'), 'ownedBy', 'ownerOf', ''],
    [ref(spec.domain, 'Domain'), 'partOf', 'hasPart', ''],
    ...(spec.inputPorts ?? [])
      .filter((p: any) => p.dataProduct)
      .map((p: any) => [
        ref(p.dataProduct, 'DataProduct'),
        'dependsOn',
        'dependencyOf',
        '',
      ]),
    ...(spec.inputPorts ?? [])
      .filter((p: any) => p.contract)
      .map((p: any) => [
        ref(p.contract, 'API'),
        'consumesApi',
        'apiConsumedBy',
        '',
      ]),
    ...(spec.outputPorts ?? [])
      .filter((p: any) => p.contract)
      .map((p: any) => [
        ref(p.contract, 'API'),
        'providesApi',
        'apiProvidedBy',
        '',
      ]),
  ];
  return pairs.flatMap(([target, forward, reverse]) => [
    [self, forward, target],
    [target, reverse, self],
  ]);
}

describe('the example mesh in a real catalog', () => {
  const documents = exampleDocuments();
  const products = documents.filter(d => d.kind === 'DataProduct');
  let baseUrl: string;

  async function get(route: string) {
    const response = await fetch(`${baseUrl}/api/catalog${route}`, {
      headers: { Authorization: mockCredentials.user.header() },
    });
    expect(response.status).toBe(200);
    return response.json();
  }

  async function catalogSettled(): Promise<{
    entities: Entity[];
    unprocessable: any[];
  }> {
    let seen = '';
    for (let attempt = 0; attempt < 80; attempt++) {
      const [{ items }, { entities: pending }, { entities: failed }] =
        await Promise.all([
          get('/entities/by-query?limit=1000'),
          get('/entities/unprocessed/pending'),
          get('/entities/unprocessed/failed'),
        ]);
      const loaded = new Set(items.map((e: Entity) => stringifyEntityRef(e)));
      const missing = [
        ...documents.map(d => stringifyEntityRef(d)),
        'dataproduct:default/good-neighbour',
      ].filter(ref => !loaded.has(ref));
      // An entity whose first processing failed has no final row yet, so the
      // unprocessed module lists it as pending, with its errors.
      const unprocessable = [
        ...failed,
        ...pending.filter((p: any) => p.errors?.length),
      ];
      seen = `${documents.length - missing.length} of ${
        documents.length
      } entities loaded, ${pending.length} pending: ${pending
        .slice(0, 1)
        .map(
          (p: any) =>
            `${refOf(p)} ${JSON.stringify(p.errors ?? []).slice(0, 400)}`,
        )
        .join(', ')}`;
      if (
        missing.length === 0 &&
        unprocessable.length === pending.length + failed.length
      ) {
        return { entities: items, unprocessable };
      }
      await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(
      `the catalog did not finish processing the example mesh: ${seen}`,
    );
  }

  beforeAll(async () => {
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleUnprocessedEntities,
        catalogModuleDataProducts,
        mockServices.rootConfig.factory({
          data: {
            catalog: exampleCatalogConfig([ownerFile]),
          },
        }),
      ],
    });
    baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
  });

  it('loads every document with no processing error', async () => {
    expect(products.length).toBeGreaterThanOrEqual(16);
    const { entities, unprocessable } = await catalogSettled();
    const examplesUnprocessable = unprocessable.filter(
      p => refOf(p) !== 'dataproduct:default/typo-product',
    );
    expect(
      examplesUnprocessable.map(
        p => `${refOf(p)}: ${JSON.stringify(p.errors)}`,
      ),
    ).toEqual([]);
    const withErrors = entities.filter(e =>
      ((e as any).status?.items ?? []).some(
        (item: { level: string }) => item.level === 'error',
      ),
    );
    expect(withErrors.map(e => stringifyEntityRef(e))).toEqual([]);
    const loadedProducts = entities
      .filter(e => e.kind === 'DataProduct')
      .map(e => e.metadata.name);
    expect(loadedProducts.sort()).toEqual(
      [...products.map(p => p.metadata.name), 'good-neighbour'].sort(),
    );
  });

  it('relates every data product in both directions, as its fields declare', async () => {
    const { entities } = await catalogSettled();
    const stored = new Set(
      entities.flatMap(e =>
        (e.relations ?? []).map(
          r => `${stringifyEntityRef(e)} ${r.type} ${r.targetRef}`,
        ),
      ),
    );
    const byRef = new Set(entities.map(e => stringifyEntityRef(e)));
    const expected = products
      .flatMap(declaredRelations)
      // The catalog keeps relations on the entities it has; a reference to a
      // missing entity (a sloppy example, on purpose) has only its forward half.
      .filter(([source]) => byRef.has(source))
      .map(([source, type, target]) => `${source} ${type} ${target}`);
    expect(expected.length).toBeGreaterThan(4 * products.length);
    expect(expected.filter(relation => !stored.has(relation))).toEqual([]);

    // Lineage across domains, spot-checked by name.
    expect(stored).toContain(
      'dataproduct:default/orders-daily dependsOn dataproduct:default/orders-raw',
    );
    expect(stored).toContain(
      'dataproduct:default/orders-raw dependencyOf dataproduct:default/orders-daily',
    );
    expect(stored).toContain(
      'domain:default/sales hasPart dataproduct:default/orders-daily',
    );
    expect(stored).toContain(
      'group:default/sales-data ownerOf dataproduct:default/orders-daily',
    );
  });

  it('shows an invalid document as a processing error and still loads the others', async () => {
    const { entities, unprocessable } = await catalogSettled();
    expect(unprocessable).toHaveLength(1);
    const [broken] = unprocessable;
    expect(refOf(broken)).toBe('dataproduct:default/typo-product');
    expect(broken.errors[0].message).toContain(
      'Processor DataProductEntitiesProcessor threw an error while validating the entity dataproduct:default/typo-product',
    );
    expect(broken.errors[0].cause.message).toBe(
      'DataProduct has 1 problem: spec.ouputPorts: unknown field; did you mean "outputPorts"?',
    );
    expect(entities.map(e => e.metadata.name)).toContain('good-neighbour');
  });
});
