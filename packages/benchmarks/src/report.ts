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

import os from 'node:os';
import type { DataProductScorecard } from '@meshwork/plugin-data-products-common';
import type { EngineTiming } from './raceEngines';

export type Print = (line?: string) => void;

export const count = (n: number) => n.toLocaleString('en-US');
export const seconds = (s: number) => `${s.toFixed(3)} s`;
export const rateOf = (t: EngineTiming) => t.products / t.seconds;
export const ratioText = (ratio: number) => `${ratio.toFixed(1)}x`;

/** The load average over 1, 5 and 15 minutes. */
export const loadAverage = () =>
  os
    .loadavg()
    .map(l => l.toFixed(2))
    .join(' ');

export function printMachine(
  print: Print,
  products: number,
  others: number,
  title = 'Meshwork scorecard benchmark',
) {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown cpu';
  const load = loadAverage();
  const platform = `${os.platform()} ${os.arch()}`;
  print(title);
  print(
    `  machine   ${cpus.length} cpus (${model}), Node ${process.version}, ${platform}`,
  );
  print(`            load average ${load} (1, 5, 15 min) when the run started`);
  print(
    `  products  N = ${count(
      products,
    )}, generated with a fixed seed, all valid by validateDataProductEntity,`,
  );
  print(
    `            in a catalog with ${count(
      others,
    )} domains, groups, users and contract APIs`,
  );
}

export function printLevels(
  print: Print,
  scorecards: DataProductScorecard[],
  rules: number,
) {
  const levels: Record<string, number> = {
    none: 0,
    bronze: 0,
    silver: 0,
    gold: 0,
  };
  for (const s of scorecards) levels[s.level]++;
  const mix = Object.entries(levels).map(
    ([level, n]) => `${level} ${count(n)}`,
  );
  print(
    `  policy    the built-in pack, ${rules} rules; levels reached: ${mix.join(
      ', ',
    )}`,
  );
}

function engineRow(name: string, t: EngineTiming) {
  const products = `${count(t.products)} products`.padStart(16);
  const time = seconds(t.seconds).padStart(8);
  const rate = `${count(Math.round(rateOf(t)))} products/s`.padStart(19);
  return `  ${name.padEnd(32)}${products} in ${time}${rate}`;
}

export function printEngines(
  print: Print,
  timings: { ours: EngineTiming; techInsights: EngineTiming },
  run: { warmup: number; total: number },
) {
  const { ours, techInsights } = timings;
  const warmup = count(run.warmup);
  const ratio = ratioText(rateOf(ours) / rateOf(techInsights));
  print();
  print(
    'In memory, the whole policy pack per product, one product after the other. Both',
  );
  print(
    `engines warm up on the same ${warmup} products twice, then run ${ours.rounds} alternating timed`,
  );
  print('rounds, each after a full GC; the median round counts.');
  print(engineRow('Meshwork evaluateDataProduct', ours));
  print(engineRow('Tech Insights jsonfc runChecks', techInsights));
  if (techInsights.products < run.total) {
    const sample = count(techInsights.products);
    print(
      `  Tech Insights was timed on a sample, the first ${sample} of the ${count(
        run.total,
      )}`,
    );
    print('  products; its rate is from that sample.');
  }
  print(`  ratio ours / Tech Insights: ${ratio}`);
}
