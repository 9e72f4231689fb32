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

import { stringifyEntityRef } from '@backstage/catalog-model';
import type { DataProductEntityV1alpha1 } from '@meshwork/plugin-data-products-common';
import type { BackendProcess } from '../backendProcess';
import { appendEntityLine } from './meshFile';

/** The rule an edit changes: its description goes, so "has-description" fails. */
export const EDITED_RULE = 'has-description';

/** One edit's moments, as Date.now(). */
export interface EditTiming {
  ref: string;
  /** The edited entity was written to the provider's edits file. */
  writtenAt: number;
  /** The catalog served it with a new etag: processed and stitched. */
  processedAt?: number;
  /** Its scorecard showed the rule failing. */
  shownAt?: number;
}

const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const scorecardRoute = (p: DataProductEntityV1alpha1) =>
  `/api/data-products/scorecards/dataproduct/${
    p.metadata.namespace ?? 'default'
  }/${p.metadata.name}`;

async function ruleState(
  backend: BackendProcess,
  product: DataProductEntityV1alpha1,
): Promise<string | undefined> {
  const scorecard = await backend.get(scorecardRoute(product));
  return scorecard.results?.find(
    (r: { ruleId: string }) => r.ruleId === EDITED_RULE,
  )?.state;
}

async function etags(backend: BackendProcess, refs: string[]) {
  const { items } = await backend.post('/api/catalog/entities/by-refs', {
    entityRefs: refs,
    fields: ['metadata.etag'],
  });
  return (items as Array<{ metadata: { etag: string } } | null>).map(
    item => item?.metadata.etag,
  );
}

/**
 * `count` products, spread over the mesh, that the user may read and whose
 * stored scorecard passes the edited rule: an edit of each then shows.
 */
export async function productsToEdit(
  backend: BackendProcess,
  products: DataProductEntityV1alpha1[],
  count: number,
): Promise<DataProductEntityV1alpha1[]> {
  const chosen: DataProductEntityV1alpha1[] = [];
  const step = Math.max(1, Math.floor(products.length / (count * 2)));
  for (let i = 0; i < products.length && chosen.length < count; i += step) {
    const product = products[i];
    if (product.spec.classification === 'restricted') continue;
    const state = await ruleState(backend, product).catch(() => undefined);
    if (state === 'pass') chosen.push(product);
  }
  return chosen;
}

/**
 * Edits each product through the provider, `staggerMs` apart (its
 * description removed), and follows each until the catalog serves it with a
 * new etag and then until its scorecard shows the rule failing, each read
 * from the replicas in turn. Gives up on an edit `timeoutMs` after writing it.
 */
export async function timeEdits(options: {
  replicas: BackendProcess[];
  editsFile: string;
  products: DataProductEntityV1alpha1[];
  staggerMs: number;
  timeoutMs: number;
}): Promise<EditTiming[]> {
  const { replicas, products, staggerMs, timeoutMs } = options;
  const refs = products.map(p => stringifyEntityRef(p));
  const before = await etags(replicas[0], refs);
  const timings: EditTiming[] = [];
  const start = Date.now();
  let reads = 0;
  const replica = () => replicas[reads++ % replicas.length];
  let round = 0;
  for (;;) {
    const now = Date.now();
    // The next edit, once its time has come.
    if (
      timings.length < products.length &&
      now >= start + timings.length * staggerMs
    ) {
      const product = products[timings.length];
      const { description: _, ...metadata } = product.metadata;
      appendEntityLine(options.editsFile, { ...product, metadata });
      timings.push({ ref: refs[timings.length], writtenAt: Date.now() });
    }
    const open = timings.filter(
      t => !t.shownAt && Date.now() - t.writtenAt < timeoutMs,
    );
    if (open.length === 0 && timings.length === products.length) break;
    const unprocessed = open.filter(t => !t.processedAt);
    if (unprocessed.length) {
      const seen = await etags(
        replica(),
        unprocessed.map(t => t.ref),
      );
      unprocessed.forEach((t, i) => {
        if (seen[i] && seen[i] !== before[refs.indexOf(t.ref)]) {
          t.processedAt = Date.now();
        }
      });
    }
    // Scorecards every other round: a read is dearer than the etags'.
    const toRead = round++ % 2 === 0 ? open.filter(o => o.processedAt) : [];
    for (const t of toRead) {
      const product = products[refs.indexOf(t.ref)];
      if ((await ruleState(replica(), product)) === 'fail') {
        t.shownAt = Date.now();
      }
    }
    await delay(250);
  }
  return timings;
}
