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

import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { validateDataProductEntity } from '@meshwork/plugin-data-products-common';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { generateBrowseUiCatalog, writeCatalogFiles } from './browseUiCatalog';
import { exampleOrganisation } from './exampleOrganisation';

describe('generateBrowseUiCatalog', () => {
  const catalog = generateBrowseUiCatalog(300);
  const entities = catalog.sources.flat();
  const products = entities.filter(e => e.kind === 'DataProduct');
  const example = exampleOrganisation();
  const exampleRefs = new Set(
    example.entities().map(e => stringifyEntityRef(e)),
  );
  const refOf = (ref: string, kind: string) =>
    stringifyEntityRef(
      parseEntityRef(ref, { defaultKind: kind, defaultNamespace: 'default' }),
    );

  it('generates valid data products and the contract APIs their ports name', () => {
    expect(products).toHaveLength(300);
    expect(catalog.products).toBe(300);
    expect(products.flatMap(p => validateDataProductEntity(p))).toEqual([]);
    expect(catalog.apis).toBeGreaterThan(300);
    expect(entities).toHaveLength(300 + catalog.apis);
    // each product comes first in its source, with the APIs its ports name
    for (const [product, ...apis] of catalog.sources) {
      expect(product.kind).toBe('DataProduct');
      const contracts = (
        product.spec?.outputPorts as Array<{ contract?: string }>
      ).map(p => p.contract);
      for (const api of apis) {
        expect(contracts).toContain(`api:${api.metadata.name}`);
      }
    }
  });

  it('spreads them over the example mesh, where owners and domains resolve', () => {
    const domains = new Set(
      products.map(p => refOf(String(p.spec?.domain), 'Domain')),
    );
    expect([...domains].filter(d => exampleRefs.has(d)).sort()).toEqual(
      example.domains.map(d => `domain:default/${d}`).sort(),
    );
    const owners = products.map(p => refOf(String(p.spec?.owner), 'Group'));
    const resolved = owners.filter(o => exampleRefs.has(o));
    // a few owners are disbanded teams on purpose: the scorecard's has-owner rule looks for them
    expect(resolved.length / owners.length).toBeGreaterThan(0.9);
    const people = products.flatMap(p =>
      (p.spec?.team as Array<{ user: string }>).map(m => m.user),
    );
    expect(people.every(user => exampleRefs.has(refOf(user, 'User')))).toBe(
      true,
    );
  });

  it('varies what the browse page filters on', () => {
    const values = (read: (spec: any) => unknown) =>
      new Set(products.map(p => read(p.spec))).size;
    expect(values(s => s.status)).toBeGreaterThanOrEqual(4);
    expect(values(s => s.type)).toBe(2);
    expect(values(s => s.classification)).toBeGreaterThanOrEqual(4);
    expect(
      new Set(products.flatMap(p => p.metadata.tags)).size,
    ).toBeGreaterThan(10);
  });

  it('writes catalog files that read back as the same entities', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-catalog-'));
    try {
      const files = writeCatalogFiles(dir, catalog.sources, 120);
      expect(files.map(f => path.basename(f))).toEqual([
        'generated-data-products-001.yaml',
        'generated-data-products-002.yaml',
        'generated-data-products-003.yaml',
      ]);
      const read = files.flatMap(file =>
        parseAllDocuments(fs.readFileSync(file, 'utf8')).map(d => d.toJS()),
      );
      expect(read).toEqual(entities);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
