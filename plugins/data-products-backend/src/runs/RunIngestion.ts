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

import type {
  BackstageCredentials,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  DataProductFact,
  ObservedInput,
  RunProblem,
  ToolRun,
} from '@meshwork/plugin-data-products-common';
import type { FactStore } from '../database/FactStore';
import type { UnplacedResultStore } from '../database/UnplacedResultStore';
import {
  authorizeFactWrites,
  reporterOf,
} from '../service/authorizeFactWrites';
import type { ScorecardEvaluator } from '../service/ScorecardEvaluator';
import { mergeObservedInputs, observedReads } from './observedInputs';
import type { PortIndex, PortLookup } from './PortIndex';
import { runFacts } from './runFacts';

/** The unplaced datasets an answer names; the rest are counted and listed by GET /runs/unplaced. */
const UNPLACED_SHOWN = 20;

/** How old the port index must be before unplaced results make it read again. */
const REREAD_AFTER_MS = 5_000;

/** What an ingest did, as its answer says it. */
export interface RunIngestSummary {
  runs: number;
  facts: number;
  /** The products whose facts changed, re-scored before the answer. */
  products: string[];
  unplaced: {
    total: number;
    items: Array<{ label: string; keys: string[] }>;
  };
  problems: RunProblem[];
}

/** What an ingestion runs on. */
export interface RunIngestionOptions {
  catalog: CatalogService;
  permissions: PermissionsService;
  facts: FactStore;
  unplaced: UnplacedResultStore;
  evaluator: ScorecardEvaluator;
  ports: PortIndex;
  logger: LoggerService;
}

/**
 * Takes tool runs to facts: places each dataset on the output ports that
 * claim it, refuses the whole run unless the caller may report facts on
 * every product it reaches, stores the facts and the unplaced datasets,
 * and re-scores the products concerned at once.
 */
export class RunIngestion {
  readonly #options: RunIngestionOptions;

  static create(options: RunIngestionOptions) {
    return new RunIngestion(options);
  }

  private constructor(options: RunIngestionOptions) {
    this.#options = options;
  }

  async ingest(
    runs: ToolRun[],
    problems: RunProblem[],
    credentials: BackstageCredentials,
  ): Promise<RunIngestSummary> {
    const { permissions, facts, unplaced, evaluator } = this.#options;
    const now = new Date();
    let lookup = await this.#options.ports.current();
    let result = runFacts(runs, dataset => lookup.match(dataset.keys), now);
    if (result.unplaced.length > 0) {
      // a port added since the index was read may claim them: read it again,
      // at most every few seconds however many unplaced runs arrive
      const reread = await this.#options.ports.refreshed(REREAD_AFTER_MS);
      if (reread !== lookup) {
        lookup = reread;
        result = runFacts(runs, dataset => reread.match(dataset.keys), now);
      }
    }
    const products = [...new Set(result.facts.map(fact => fact.entityRef))];
    if (
      products.length === 0 &&
      (credentials.principal as { type?: string }).type === 'user'
    ) {
      // Only the fact permission on a product a run reaches lets a person
      // write: a run reaching none would let any signed-in user fill the
      // unplaced list. Pipelines (services) keep theirs for owners to claim.
      throw new InputError(
        `This run reaches no output port, so nothing of it is kept: ${
          result.unplaced.length
        } dataset${
          result.unplaced.length === 1 ? '' : 's'
        } matched none (${result.unplaced
          .slice(0, 3)
          .map(({ dataset }) => dataset.keys.join(' or '))
          .join('; ')}${
          result.unplaced.length > 3 ? '; …' : ''
        }); expected a port whose server or outputPorts[].datasets names one of their keys`,
      );
    }
    await this.#assertReadable(products, credentials);
    await authorizeFactWrites(permissions, products, credentials);

    const reportedBy = reporterOf(credentials);
    const lineage = await this.#observedInputFacts(runs, lookup, now);
    await facts.addFacts(
      [...result.facts, ...lineage].map(fact => ({ ...fact, reportedBy })),
      now,
    );
    await unplaced.add(
      result.unplaced.map(({ run, dataset }) => ({
        tool: run.tool,
        runId: run.runId,
        job: run.job,
        label: dataset.label,
        keys: dataset.keys,
        checks: dataset.checks.length,
        finishedAt: run.finishedAt,
        receivedAt: now.toISOString(),
        reportedBy,
      })),
    );
    if (products.length > 0) {
      await evaluator.evaluateProducts(products, now);
    }
    this.#options.logger.info(
      `Ingested ${runs.length} runs from ${reportedBy}: ${result.facts.length} facts on ${products.length} products, ${result.unplaced.length} datasets unplaced`,
    );
    return {
      runs: runs.length,
      facts: result.facts.length,
      products,
      unplaced: {
        total: result.unplaced.length,
        items: result.unplaced
          .slice(0, UNPLACED_SHOWN)
          .map(({ dataset }) => ({ label: dataset.label, keys: dataset.keys })),
      },
      problems,
    };
  }

  /**
   * Each product's `observed-inputs` after these runs: what its jobs were
   * seen reading now, merged with what they read before within the window
   * (one read of the products' latest facts for the whole batch).
   */
  async #observedInputFacts(
    runs: ToolRun[],
    lookup: PortLookup,
    now: Date,
  ): Promise<DataProductFact[]> {
    const reads = new Map<string, ObservedInput[]>();
    for (const run of runs) {
      const seenAt = run.finishedAt ?? now.toISOString();
      const byProduct = observedReads(run, d => lookup.match(d.keys), seenAt);
      for (const [product, inputs] of byProduct) {
        reads.set(product, [...(reads.get(product) ?? []), ...inputs]);
      }
    }
    if (reads.size === 0) return [];
    const latest = await this.#options.facts.latestFacts([...reads.keys()]);
    return [...reads].map(([entityRef, inputs]) => ({
      entityRef,
      name: 'observed-inputs',
      value: {
        inputs: mergeObservedInputs(
          latest
            .get(entityRef)
            ?.find(f => f.name === 'observed-inputs' && !f.port),
          inputs,
          now,
        ),
      },
      observedAt: now.toISOString(),
    }));
  }

  /**
   * The port index sees every product; the caller may not. A product the
   * catalog hides from them is refused without being named, so a run can't
   * be used to learn what exists.
   */
  async #assertReadable(products: string[], credentials: BackstageCredentials) {
    if (products.length === 0) return;
    const { items } = await this.#options.catalog.getEntitiesByRefs(
      { entityRefs: products, fields: ['kind'] },
      { credentials },
    );
    const hidden = items.filter(item => !item).length;
    if (hidden > 0) {
      throw new NotAllowedError(
        `You may not report facts for ${hidden} of the data products this run reaches: the catalog does not show ${
          hidden === 1 ? 'it' : 'them'
        } to you`,
      );
    }
  }
}
