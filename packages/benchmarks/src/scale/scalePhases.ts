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

import { requestJson, type BackendProcess } from '../backendProcess';
import { reportFacts } from '../benchmarkFullEvaluation';
import type { GeneratedMesh } from '../generateMesh';
import type { Print } from '../report';
import type { LogFollower } from './backendLog';
import type { CatalogLoad } from './catalogLoad';
import { overdueEntities, spreadProcessing } from './catalogProgress';
import { timeFullEvaluation } from './fullEvaluation';
import { cpuOver, peakRssBytes, waitForQuiet } from './processUse';
import type { ScaleBenchmarkOptions } from './scaleArgs';
import type { ScaleDatabases } from './scaleDatabases';
import {
  printCatalogDefault,
  printCatalogLoad,
  printEvaluation,
  printIdle,
  printMemory,
  type ReplicaMemory,
} from './scaleReport';
import type { ScaleRun } from './scaleReplicas';
import { editPhase, loadPhase } from './trafficPhases';

const say = (line: string) => process.stderr.write(`bench:scale: ${line}\n`);

export interface ScalePhaseInput {
  print: Print;
  options: ScaleBenchmarkOptions;
  run: ScaleRun;
  mesh: GeneratedMesh;
  replicas: BackendProcess[];
  logs: LogFollower[];
  databases: ScaleDatabases;
  load: CatalogLoad;
  loadCpuSeconds: number[];
  /** Each replica's memory once started and while loading; the peak since is read at the end. */
  memory: ReplicaMemory[];
}

const CHANGED = /^Evaluated \d+ changed/;

/** How many times change detection evaluated products since the marks. */
export const changedEvaluations = (logs: LogFollower[], marks: number[]) =>
  logs.reduce(
    (sum, log, i) =>
      sum + log.lines(marks[i]).filter(l => CHANGED.test(l.message)).length,
    0,
  );

/**
 * Quiet, and change detection has evaluated nothing for 45 s: it looks at
 * each change twice, the second time 30 s after, and that second look is
 * the last of the changes before, not idle work.
 */
async function waitForSettled(replicas: BackendProcess[], logs: LogFollower[]) {
  for (;;) {
    await waitForQuiet(replicas);
    const last = Math.max(
      0,
      ...logs.map(
        log => findLast(log.lines(), l => CHANGED.test(l.message))?.at ?? 0,
      ),
    );
    const wait = last + 45_000 - Date.now();
    if (wait <= 0) return;
    await new Promise(resolve => setTimeout(resolve, wait));
  }
}

function findLast<T>(list: T[], test: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return list[i];
  return undefined;
}

/** The pipelines' facts, posted as pipelines post them (a static token), then the full run timed. */
async function evaluationPhase(input: ScalePhaseInput) {
  const { run, mesh, replicas, logs } = input;
  say("reporting the pipelines' facts…");
  const post = (route: string, body: unknown) =>
    requestJson(replicas[0].baseUrl, 'POST', `/api/data-products${route}`, {
      token: run.pipelineToken,
      body,
    });
  await reportFacts({ post }, mesh);
  await waitForQuiet(replicas);
  say('full evaluation…');
  const evaluation = await timeFullEvaluation(replicas, logs, 60 * 60_000);
  printEvaluation(input.print, evaluation, mesh.products.length);
}

async function idlePhase(input: ScalePhaseInput) {
  const { replicas, logs, options } = input;
  await waitForSettled(replicas, logs);
  say(`idle for ${options.idleSeconds} s…`);
  const marks = logs.map(log => log.count);
  const idle = await cpuOver(replicas, options.idleSeconds);
  printIdle(input.print, idle, changedEvaluations(logs, marks));
}

/**
 * Every entity made due within the window, spread evenly, as the default
 * processing interval keeps them: what the catalog's reprocessing (and
 * the change detection it feeds) costs when nothing changes.
 */
async function catalogDefaultPhase(input: ScalePhaseInput) {
  const { replicas, logs, options, databases } = input;
  const seconds = options.catalogIdleSeconds;
  await waitForSettled(replicas, logs);
  say(`the catalog at its default interval for ${seconds} s…`);
  const catalog = databases.plugin('catalog');
  await spreadProcessing(catalog, seconds);
  const marks = logs.map(log => log.count);
  const busy = await cpuOver(replicas, seconds);
  const overdue = await overdueEntities(catalog);
  printCatalogDefault(input.print, busy, overdue, input.load.entities);
  input.print(
    `  change detection's evaluations meanwhile: ${changedEvaluations(
      logs,
      marks,
    )}`,
  );
}

/** What comes once the catalog holds the mesh, each printed as it ends. */
export async function runScalePhases(input: ScalePhaseInput) {
  const { print, replicas, logs, load, mesh } = input;
  printCatalogLoad(print, load, input.loadCpuSeconds, mesh.products.length);
  await evaluationPhase(input);
  await idlePhase(input);
  await editPhase(input);
  await loadPhase(input);
  await catalogDefaultPhase(input);
  printMemory(
    print,
    input.memory.map((m, i) => ({ ...m, peak: peakRssBytes(replicas[i].pid) })),
  );
  const errors = logs.map(
    log => log.lines().filter(l => l.level === 'error').length,
  );
  print(
    `  errors logged: ${errors
      .map((n, i) => `replica ${i + 1} ${n}`)
      .join(', ')}`,
  );
}
