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

import { parseEntityRef } from '@backstage/catalog-model';
import type { DataProductScorecard } from '@meshwork/plugin-data-products-common';
import type { DataProductsBackend } from './dataProductsBackend';
import { secondsSince } from './measure';

const QUALITY_RULE = 'quality-checks-pass';
/** Scorecards read at once, as a page of product cards would. */
const CONCURRENT_READS = 16;
const POLL_MS = 250;

type Reader = Pick<DataProductsBackend, 'get'>;

/** A product's scorecard as `GET /scorecards/<ref>` gives it. */
export function readScorecard(server: Reader, entityRef: string) {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return server.get(
    `/scorecards/${kind.toLowerCase()}/${namespace}/${name}`,
  ) as Promise<DataProductScorecard>;
}

/** Whether the scorecard judges a quality run: `quality-checks-pass` has data. */
export function showsQuality(scorecard: DataProductScorecard): boolean {
  const result = scorecard.results.find(r => r.ruleId === QUALITY_RULE);
  return result !== undefined && result.state !== 'no-data';
}

/** Of the products, how many scorecards judge a quality run now. */
export async function countShowingQuality(server: Reader, refs: string[]) {
  let showing = 0;
  for (let i = 0; i < refs.length; i += CONCURRENT_READS) {
    const scorecards = await Promise.all(
      refs.slice(i, i + CONCURRENT_READS).map(r => readScorecard(server, r)),
    );
    showing += scorecards.filter(showsQuality).length;
  }
  return showing;
}

/**
 * Reads the products' scorecards over HTTP until each judges a quality
 * run, as a user reloading the product page would: for each product, the
 * seconds from `since` (a `process.hrtime.bigint()` reading, when the post
 * that carried its results started) to the read that showed it. Gives up
 * after `timeoutSeconds`; those not shown by then are counted.
 */
export async function waitForQuality(
  server: Reader,
  since: Map<string, bigint>,
  timeoutSeconds = 60,
): Promise<{ latest: number; shown: number; notShown: number }> {
  const started = process.hrtime.bigint();
  let waiting = [...since.keys()];
  let latest = 0;
  while (waiting.length > 0) {
    const still: string[] = [];
    for (let i = 0; i < waiting.length; i += CONCURRENT_READS) {
      const refs = waiting.slice(i, i + CONCURRENT_READS);
      const scorecards = await Promise.all(
        refs.map(ref => readScorecard(server, ref)),
      );
      for (const [j, scorecard] of scorecards.entries()) {
        if (!showsQuality(scorecard)) still.push(refs[j]);
        else latest = Math.max(latest, secondsSince(since.get(refs[j])!));
      }
    }
    waiting = still;
    if (waiting.length === 0 || secondsSince(started) > timeoutSeconds) break;
    await new Promise(resolve => setTimeout(resolve, POLL_MS));
  }
  return {
    latest,
    shown: since.size - waiting.length,
    notShown: waiting.length,
  };
}
