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

import { count, type Print } from '../report';
import type { CatalogLoad } from './catalogLoad';
import type { TimedEvaluation } from './fullEvaluation';
import type { CpuWindow } from './processUse';

/** Issue 19's goals on a 2-core machine. */
export const GOALS = {
  evaluationProducts: 50_000,
  evaluationSeconds: 30,
  apiP95Ms: 50,
  rssBytes: 1024 ** 3,
  idleShare: 0.02,
  editP95Seconds: 60,
};

export const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
export const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
export const s = (seconds: number) => `${seconds.toFixed(1)} s`;
export const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (bytes: number) => `${count(Math.round(bytes / 1024 ** 2))} MB`;

export function printCatalogLoad(
  print: Print,
  load: CatalogLoad,
  cpuSeconds: number[],
  products: number,
) {
  const rate = load.entities / load.seconds;
  print();
  print(
    "Catalog: the provider's full mutation, then every entity processed and stitched",
  );
  print(
    `  full mutation of ${count(load.entities)} entities handed over in ${s(
      load.mutationSeconds,
    )}`,
  );
  print(
    `  processed and stitched ${s(
      load.seconds,
    )} after the mutation started: ${rate.toFixed(0)} entities/s`,
  );
  print(
    `  the last ${load.lastChecked} products carry relations: ${load.lastWithRelations} of ${load.lastChecked}`,
  );
  print(
    `  CPU meanwhile: ${cpuSeconds
      .map((c, i) => `replica ${i + 1} ${s(c)}`)
      .join(', ')}`,
  );
  if (products < GOALS.evaluationProducts) {
    const scale = GOALS.evaluationProducts / products;
    const minutes = (load.entities * scale) / rate / 60;
    print(
      `  at this rate ${count(GOALS.evaluationProducts)} products (~${count(
        Math.round(load.entities * scale),
      )} entities) would take ~${minutes.toFixed(
        0,
      )} min (a larger database may slow it)`,
    );
  }
}

export function printEvaluation(
  print: Print,
  run: TimedEvaluation,
  products: number,
) {
  const seconds = run.totalSeconds ?? run.seconds;
  const measured = `from the scheduler's start to its log line ${s(
    run.seconds,
  )}${
    run.startSeen ? '' : ' (ended before it was seen running: from the trigger)'
  }`;
  print();
  print(
    `Full evaluation (data-products-evaluate, triggered, ran on replica ${run.replica})`,
  );
  print(
    run.totalSeconds === undefined
      ? `  ${count(run.products)} products in ${s(seconds)}, ${measured}`
      : `  ${count(run.products)} products in ${s(
          seconds,
        )} by its log line; ${measured}`,
  );
  print(
    run.parts.length
      ? `  split, by its log line: ${run.parts
          .map(p => `${p.part} ${p.seconds.toFixed(2)} s`)
          .join(', ')}`
      : '  its log line gives no split into catalog read, facts, evaluation and storage',
  );
  const goal = `goal: ${count(GOALS.evaluationProducts)} products in < ${
    GOALS.evaluationSeconds
  } s including the catalog read`;
  print(
    products >= GOALS.evaluationProducts
      ? `  ${goal}: ${verdict(seconds < GOALS.evaluationSeconds)}`
      : `  ${goal}; at this N, scaled linearly: ~${s(
          (seconds * GOALS.evaluationProducts) / products,
        )}`,
  );
}

export function printIdle(print: Print, idle: CpuWindow, evaluations: number) {
  const total = idle.shares.reduce((a, b) => a + b, 0);
  print();
  print(
    `Idle, nothing changing, ${s(
      idle.seconds,
    )} (catalog.processingInterval 24 h: the catalog reprocesses nothing)`,
  );
  print(
    `  CPU: ${idle.shares
      .map((share, i) => `replica ${i + 1} ${pct(share)}`)
      .join(', ')} of a core; together ${pct(total)}` +
      `   goal < ${pct(GOALS.idleShare)}: ${verdict(total < GOALS.idleShare)}`,
  );
  print(
    `  change detection's evaluations meanwhile (log lines "Evaluated … changed"): ${evaluations}`,
  );
  print(
    "  The whole backends' idle CPU: change detection, the catalog's and the scheduler's polling loops.",
  );
}

export function printCatalogDefault(
  print: Print,
  window: CpuWindow,
  overdue: number,
  entities: number,
) {
  const total = window.shares.reduce((a, b) => a + b, 0);
  print();
  print(
    `The catalog at its default processing interval (100 to 150 s): every entity made due once within ${s(
      window.seconds,
    )}, as in its steady state`,
  );
  print(
    `  CPU: ${window.shares
      .map((share, i) => `replica ${i + 1} ${pct(share)}`)
      .join(', ')} of a core; together ${pct(total)}`,
  );
  print(
    `  due for over 10 s and not processed at the end: ${count(
      overdue,
    )} of ${count(entities)} entities${
      overdue ? ' (the catalog does not keep up at this interval)' : ''
    }`,
  );
}

export interface ReplicaMemory {
  /** Resident once started (from TypeScript sources, through the CLI's transform). */
  started?: number;
  /** The peak from its start to the catalog's end of processing. */
  loadPeak?: number;
  /** The peak since: the full evaluation, idle, edits, the load, the catalog's reprocessing. */
  peak?: number;
}

export function printMemory(print: Print, memory: ReplicaMemory[]) {
  const each = (pick: (m: ReplicaMemory) => number | undefined) =>
    memory
      .map(
        (m, i) =>
          `replica ${i + 1} ${pick(m) === undefined ? '?' : mb(pick(m)!)}`,
      )
      .join(', ');
  const met = memory.every(
    m => m.peak !== undefined && m.peak < GOALS.rssBytes,
  );
  print();
  print('Memory (resident set, from /proc)');
  print(`  once started:                     ${each(m => m.started)}`);
  print(`  peak while the catalog loaded:    ${each(m => m.loadPeak)}`);
  print(
    `  peak after (the figures above):   ${each(m => m.peak)}   goal < ${mb(
      GOALS.rssBytes,
    )} per replica: ${verdict(met)}`,
  );
}
