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

import { productsToEdit, timeEdits } from './editLatency';
import { runLoad } from './loadTest';
import { cpuOfProcesses, machineBusyMs, waitForQuiet } from './processUse';
import type { ScalePhaseInput } from './scalePhases';
import { SCALE_USER } from './scaleReplicas';
import { printEdits, printLoad, type LoadRow } from './trafficReport';
import { count } from '../report';

const say = (line: string) => process.stderr.write(`bench:scale: ${line}\n`);
const EDIT_STAGGER_SECONDS = 3;
const PAGE = 25;
/** Ten pages in turn, sorted by title, as a user pages through the list. */
const offset = (n: number) => `limit=${PAGE}&offset=${(n % 10) * PAGE}`;

/** Meshwork's browse page's two routes, and the catalog's own listing of the same products. */
const LOADED_ROUTES = [
  {
    route: 'GET /api/data-products/products',
    path: (n: number) => `/api/data-products/products?${offset(n)}`,
  },
  {
    route: 'GET /api/data-products/products/facets',
    path: () => '/api/data-products/products/facets',
  },
  {
    route: 'GET /api/catalog/entities/by-query (kind DataProduct)',
    path: (n: number) =>
      `/api/catalog/entities/by-query?filter=kind=dataproduct&${offset(
        n,
      )}&orderField=metadata.title,asc`,
  },
];

/** Products edited through the provider, each timed to its new scorecard. */
export async function editPhase(input: ScalePhaseInput) {
  const { replicas, options, run, mesh } = input;
  await waitForQuiet(replicas);
  say(`${options.edits} edits…`);
  await Promise.all(replicas.map(r => r.refreshToken()));
  const products = await productsToEdit(
    replicas[0],
    mesh.products,
    options.edits,
  );
  const timings = await timeEdits({
    replicas,
    editsFile: run.files.editsFile,
    products,
    staggerMs: EDIT_STAGGER_SECONDS * 1000,
    timeoutMs: 5 * 60_000,
  });
  printEdits(input.print, timings, EDIT_STAGGER_SECONDS);
}

/** Each route under the same load in turn, spread over the replicas. */
export async function loadPhase(input: ScalePhaseInput) {
  const { replicas, options, mesh } = input;
  const { totalCount } = await replicas[0].get(
    '/api/data-products/products?limit=1',
  );
  const rows: LoadRow[] = [];
  let seconds = 0;
  let benchCpuMicros = 0;
  for (const { route, path } of LOADED_ROUTES) {
    await waitForQuiet(replicas);
    say(`${options.clients} clients on ${route} for ${options.seconds} s…`);
    const targets = await Promise.all(
      replicas.map(async r => ({
        baseUrl: r.baseUrl,
        token: await r.refreshToken(),
      })),
    );
    const benchCpu = process.cpuUsage();
    const backendCpu = replicas.map(r => r.cpuMs() ?? NaN);
    const machineBefore = machineBusyMs() ?? NaN;
    const postgresCpu = cpuOfProcesses(await input.databases.serverPids());
    const result = await runLoad({
      targets,
      clients: options.clients,
      seconds: options.seconds,
      route: path,
    });
    const used = process.cpuUsage(benchCpu);
    benchCpuMicros += used.user + used.system;
    seconds += result.seconds;
    const backendMs = replicas.reduce(
      (sum, r, i) => sum + (r.cpuMs() ?? NaN) - backendCpu[i],
      0,
    );
    rows.push({
      route,
      result,
      backendCores: backendMs / 1000 / result.seconds,
      postgresCores:
        postgresCpu(await input.databases.serverPids()) / 1000 / result.seconds,
      machineCores:
        ((machineBusyMs() ?? NaN) - machineBefore) / 1000 / result.seconds,
    });
  }
  printLoad(
    input.print,
    rows,
    [
      `Under load: ${options.clients} concurrent clients per route for ${options.seconds} s each, spread over ${replicas.length} replicas; pages of ${PAGE}`,
      `as ${SCALE_USER}, who may read ${count(totalCount)} of the ${count(
        mesh.products.length,
      )} products (the read policy hides the rest: restricted, of other teams)`,
    ],
    benchCpuMicros / 1e6 / seconds,
  );
}
