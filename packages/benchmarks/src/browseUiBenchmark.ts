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
import os from 'node:os';
import path from 'node:path';
import { BROWSE_UI_USAGE, parseBrowseUiBenchmarkArgs } from './benchmarkArgs';
import { generateBrowseUiCatalog, writeCatalogFiles } from './browseUiCatalog';
import { browsePage, catalogIndexPath, catalogPage } from './browseUiPages';
import { printMeasures, printReadings, printSettling } from './browseUiReport';
import { CHROMIUM, runPages } from './browserRuns';
import { EXAMPLES_DIR, exampleEntities } from './exampleOrganisation';
import { ensureAppBuild, startBackend } from './portalBackend';
import { portalDatabase } from './portalDatabase';
import {
  countByKind,
  evaluateAllNow,
  waitForCatalog,
  waitForScorecards,
} from './portalReady';
import { count, loadAverage, printMachine, type Print } from './report';

/** The port of this benchmark's backend: not 7007 or 3000, where a developer's portal runs. */
const PORT = 7107;
const MINUTES = 60_000;

const minutes = (ms: number) => `${(ms / MINUTES).toFixed(1)} min`;

/**
 * How long the catalog may take to load: it processed about 50 entities a
 * second on this 2-core machine (5,000 products, 12,571 entities, in 4.2
 * min on PostgreSQL), so 50,000 products (about 125,000 entities) take
 * some 40 minutes, more on a busy machine.
 */
const loadTimeout = (products: number) =>
  Math.max(60, Math.ceil(products / 500)) * MINUTES;

/**
 * Runs the portal with N generated products and times, in headless
 * Chromium, Meshwork's browse page beside the catalog's index page filtered
 * to DataProduct. A benchmark, not a test: it prints, it does not judge.
 */
export async function main(
  args: string[],
  print: Print = line => process.stdout.write(`${line ?? ''}\n`),
): Promise<number> {
  const options = parseBrowseUiBenchmarkArgs(args);
  if (!options) {
    print(BROWSE_UI_USAGE);
    return 0;
  }
  const catalog = generateBrowseUiCatalog(options.products);
  const examples = exampleEntities();
  printMachine(
    print,
    catalog.products,
    catalog.apis + examples.length,
    'Meshwork browse page in the browser',
  );
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meshwork-bench-ui-'));
  const database = portalDatabase(options.database, workDir);
  let finished = false;
  try {
    const files = writeCatalogFiles(workDir, catalog.sources);
    print(`  app       ${ensureAppBuild()}`);
    const start = Date.now();
    const backend = await startBackend({
      port: PORT,
      catalogFiles: [...files, path.join(EXAMPLES_DIR, 'all.yaml')],
      workDir,
      database,
    });
    try {
      const expected = countByKind([...catalog.sources.flat(), ...examples]);
      const entities = await waitForCatalog(
        backend,
        expected,
        loadTimeout(options.products),
      );
      const ingested = Date.now();
      await evaluateAllNow(backend, 20 * MINUTES);
      const listed = expected.get('DataProduct') ?? 0;
      const levels = await waitForScorecards(backend, listed, 20 * MINUTES);
      // What the browser's guest may read: its groups are in the catalog now.
      await backend.signInAgain();
      const { totalCount: guestReads } = await backend.get(
        '/api/data-products/products?limit=1',
      );
      print(
        `  portal    packages/backend in development mode on ${backend.baseUrl},`,
      );
      print(`            ${database.description};`);
      print(
        `            ${count(entities)} entities from ${
          files.length
        } generated files and examples/all.yaml,`,
      );
      print(
        `            in the catalog in ${minutes(
          ingested - start,
        )}; every product scored ${minutes(Date.now() - ingested)} later:`,
      );
      print(
        `            ${count(listed)} products listed, levels ${Object.entries(
          levels,
        )
          .map(([level, n]) => `${level} ${count(n)}`)
          .join(', ')}`,
      );
      print(
        `            the guest may read ${count(
          guestReads,
        )} of them (the read policy hides other teams' restricted products)`,
      );

      const pages: [typeof browsePage, typeof browsePage] = [
        browsePage,
        catalogPage(catalogIndexPath()),
      ];
      const loadBefore = loadAverage();
      const oneMinute: number[] = [];
      const result = await runPages({
        baseUrl: backend.baseUrl,
        backend,
        pages,
        runs: options.runs,
        onRun: () => oneMinute.push(os.loadavg()[0]),
      });
      print(
        `  browser   Chromium ${
          result.version
        }, headless (${CHROMIUM}), 1440x900; ${
          result.offHost.length
            ? `requests elsewhere: ${result.offHost.join(', ')}`
            : 'no request left localhost'
        }`,
      );
      print(
        `  load      ${loadBefore} before the timed runs, ${loadAverage()} after (1, 5, 15 min);`,
      );
      print(
        `            1-minute load between runs ${Math.min(
          ...oneMinute,
        ).toFixed(2)} to ${Math.max(...oneMinute).toFixed(2)}`,
      );
      printSettling(print, result.settling);
      printMeasures(print, pages);
      printReadings(print, pages, result.readings, options.runs);
      finished = true;
    } finally {
      await backend.stop();
    }
  } finally {
    await database.drop();
    if (finished) {
      fs.rmSync(workDir, { recursive: true, force: true });
    } else {
      process.stderr.write(
        `bench:browse-ui: the backend's log and data are kept in ${workDir}\n`,
      );
    }
  }
  return 0;
}
