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

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { BackendProcess } from '../backendProcess';
import { generateMesh } from '../generateMesh';
import { loadAverage, printMachine, type Print } from '../report';
import { benchmarkPostgres } from '../temporaryPostgres';
import { LogFollower } from './backendLog';
import { waitForCatalogLoad } from './catalogLoad';
import { writeEntityLines } from './meshFile';
import { peakRssBytes, resetPeakRss, rssBytes } from './processUse';
import { parseScaleBenchmarkArgs, SCALE_USAGE } from './scaleArgs';
import { ScaleDatabases } from './scaleDatabases';
import { runScalePhases } from './scalePhases';
import {
  replicaLogFile,
  SCALE_USER,
  startReplicas,
  type ScaleRun,
} from './scaleReplicas';

const say = (line: string) => process.stderr.write(`bench:scale: ${line}\n`);
const BASE_PORT = 7120;

/**
 * What a replica of the benchmark's backend holds open at most, by
 * app-config.production.yaml's pools (2 per plugin; the catalog 8, the
 * scorecard 6, the events bus 4 and its LISTEN), less what it never uses at once.
 */
const CONNECTIONS_PER_REPLICA = 20;

/** Waits, up to 10 minutes, until the shared server has room for the replicas' pools. */
async function waitForConnections(databases: ScaleDatabases, replicas: number) {
  const needed = CONNECTIONS_PER_REPLICA * replicas;
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const free = await databases.freeConnections();
    if (free >= needed) return;
    if (Date.now() > deadline) {
      throw new Error(
        `PostgreSQL has room for ${free} more connections, the replicas need about ${needed}: stop what else uses it, or raise max_connections`,
      );
    }
    say(
      `PostgreSQL has room for ${free} more connections, waiting for ${needed}…`,
    );
    await new Promise(resolve => setTimeout(resolve, 15_000));
  }
}

/**
 * Loads N generated products into a real catalog on PostgreSQL through an
 * entity provider, with two replicas of a backend of the portal's plugins
 * on its databases, and prints what issue 19 asks of that set-up beside its
 * goals. A benchmark, not a test: it prints, it does not judge.
 */
export async function main(
  args: string[],
  print: Print = line => process.stdout.write(`${line ?? ''}\n`),
): Promise<number> {
  const options = parseScaleBenchmarkArgs(args);
  if (!options) {
    print(SCALE_USAGE);
    return 0;
  }
  const mesh = generateMesh(options.products);
  const entities = [...mesh.others, ...mesh.products];
  const workDir = fs.mkdtempSync(
    path.join(os.tmpdir(), 'meshwork-bench-scale-'),
  );
  const files = {
    entitiesFile: path.join(workDir, 'mesh.jsonl'),
    editsFile: path.join(workDir, 'edits.jsonl'),
  };
  writeEntityLines(files.entitiesFile, entities);
  fs.writeFileSync(files.editsFile, '');
  const databases = new ScaleDatabases(benchmarkPostgres());
  const run: ScaleRun = {
    workDir,
    postgres: benchmarkPostgres(),
    databasePrefix: databases.prefix,
    redis: process.env.MESHWORK_BENCH_REDIS ?? 'redis://127.0.0.1:6379',
    pipelineToken: randomBytes(24).toString('base64url'),
    files,
  };

  printMachine(
    print,
    mesh.products.length,
    mesh.others.length,
    `Meshwork scale benchmark, ${new Date().toISOString()}`,
  );
  const server = new URL(run.postgres);
  print(
    `  set-up    ${
      options.replicas
    } replicas of packages/benchmarks/src/scale/backend on 127.0.0.1:${BASE_PORT}+, PostgreSQL ${
      server.host
    } (databases ${run.databasePrefix}*), Redis ${new URL(run.redis).host}`,
  );
  print(
    "            config: app-config.yaml + app-config.production.yaml + the run's (scaleReplicas.ts);",
  );
  print(
    '            catalog.processingInterval 24 h, stitching deferred (polling 1 s, timeout 60 s: the defaults)',
  );
  print(
    `  user      requests as ${SCALE_USER} (sales-data), whom the read policy refuses other teams' restricted products`,
  );

  const logs = Array.from(
    { length: options.replicas },
    (_, i) => new LogFollower(replicaLogFile(workDir, i)),
  );
  let replicas: BackendProcess[] = [];
  let failed = true;
  // Once, whoever asks first: the end of the run or Ctrl-C (each replica's handler).
  let dropping: Promise<string[]> | undefined;
  const drop = () => (dropping ??= databases.drop());
  try {
    await waitForConnections(databases, options.replicas);
    replicas = await startReplicas(run, options.replicas, BASE_PORT, drop);
    const started = replicas.map(r => rssBytes(r.pid));
    const cpuAtStart = replicas.map(r => r.cpuMs() ?? NaN);
    const load = await waitForCatalogLoad({
      logs,
      catalog: databases.plugin('catalog'),
      lastRefs: mesh.products.slice(-20).map(p => stringifyEntityRef(p)),
      timeoutMs: 6 * 60 * 60_000,
    });
    const memory = replicas.map((r, i) => {
      const loadPeak = peakRssBytes(r.pid);
      resetPeakRss(r.pid);
      return { started: started[i], loadPeak };
    });
    await runScalePhases({
      ...{ print, options, run, mesh, replicas, logs, databases, load, memory },
      loadCpuSeconds: replicas.map(
        (r, i) => ((r.cpuMs() ?? NaN) - cpuAtStart[i]) / 1000,
      ),
    });
    failed = false;
  } finally {
    logs.forEach(log => log.stop());
    await Promise.all(replicas.map(r => r.stop()));
    const dropped = await drop();
    say(`dropped ${dropped.length} databases (${databases.prefix}*)`);
    // The logs stay, for a look at what the backends said; the mesh goes.
    fs.rmSync(files.entitiesFile, { force: true });
    say(`${failed ? 'failed; ' : ''}the replicas' logs are in ${workDir}`);
  }
  print(
    `  load average ${loadAverage()} (1, 5, 15 min) when the run ended, ${new Date().toISOString()}`,
  );
  return 0;
}
