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

import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import type { TableExpectation } from './pageProbe';
import type { PortalBackend } from './portalBackend';
import { REPO_ROOT } from './repoRoot';

/** One value of a page's filter, and what the table shows once it is picked. */
export interface FilterChoice {
  value: string;
  /** How many products match: the count the page must show. */
  matches: number;
}

/** A page that lists data products, as the benchmark drives it. */
export interface ListPage {
  name: string;
  /** Path and query, from the portal's root. */
  path: string;
  /** The filter the benchmark changes, as the page labels it. */
  filter: string;
  /** Values of that filter that narrow the list, with their counts from the API. */
  choices(backend: PortalBackend): Promise<FilterChoice[]>;
  /** Opens the filter's dropdown; the option to click for `value`. */
  openFilter(page: Page, value: string): Promise<Locator>;
  /** What the table shows after the choice: its count text and a column. */
  expectation(choice: FilterChoice, optionText: string): TableExpectation;
}

/** Meshwork's browse page: BUI selects, one per facet, filters in the URL. */
export const browsePage: ListPage = {
  name: 'Meshwork /data-products',
  path: '/data-products',
  filter: 'Level',
  async choices(backend) {
    const [{ totalCount }, facets] = await Promise.all([
      backend.get('/api/data-products/products?limit=1'),
      backend.get('/api/data-products/products/facets'),
    ]);
    return (facets.level as Array<{ value: string; count: number }>)
      .filter(({ count }) => count > 0 && count < totalCount)
      .map(({ value, count }) => ({ value, matches: count }));
  },
  async openFilter(page, value) {
    await page
      .locator('.bui-Select')
      .filter({ has: page.getByText('Level', { exact: true }) })
      .locator('button')
      .first()
      .click();
    return page.locator(`[role="option"][data-key="${value}"]`);
  },
  expectation: (choice, optionText) => ({
    count: `(^|\\D)${choice.matches} data products?`,
    column: 'Level',
    // the option reads "Silver (1234)", the badge in the row "Silver"
    cell: optionText.replace(/\s*\(\d+\)\s*$/, '').trim(),
  }),
};

/**
 * Where app-config.yaml mounts the catalog's index page: this portal puts it
 * at the root, Backstage's default is /catalog.
 */
export function catalogIndexPath(): string {
  const config = parse(
    fs.readFileSync(path.join(REPO_ROOT, 'app-config.yaml'), 'utf8'),
  );
  const extensions = (config?.app?.extensions ?? []) as Array<
    Record<string, { config?: { path?: string } }>
  >;
  const catalog = extensions.find(e => e && 'page:catalog' in e);
  return catalog?.['page:catalog']?.config?.path ?? '/catalog';
}

const CATALOG_TYPES = ['aggregate', 'source-aligned'];

/**
 * Backstage's catalog index filtered to kind DataProduct: what users open
 * without Meshwork's page. Its default is the products the user owns, so
 * the URL asks for all of them, as the browse page lists. It has no level
 * filter; Type (the product's spec.type) is the comparable one-value facet.
 */
export function catalogPage(indexPath: string): ListPage {
  const query = '?filters[kind]=dataproduct&filters[user]=all';
  return {
    name: `Backstage catalog ${indexPath}${query}`,
    path: `${indexPath}${query}`,
    filter: 'Type',
    async choices(backend) {
      return Promise.all(
        CATALOG_TYPES.map(async value => ({
          value,
          matches: (
            await backend.get(
              `/api/catalog/entities/by-query?limit=0&filter=kind=dataproduct,spec.type=${value}`,
            )
          ).totalItems,
        })),
      );
    },
    async openFilter(page, value) {
      await page.locator('[aria-label="Type"] [role="button"]').click();
      return page.locator(`li[role="option"][data-value="${value}"]`);
    },
    // The table drops its Type column once a type is picked; its title reads
    // "All aggregate DataProducts (2993)" and spins while rows or count load.
    expectation: choice => ({
      count: `${choice.value} DataProducts \\(${choice.matches}\\)`,
      loading: '[data-testid="loading-indicator"]',
    }),
  };
}
