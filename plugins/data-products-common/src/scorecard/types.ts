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

import type { Entity } from '@backstage/catalog-model';
import type { DataProductEntityV1alpha1 } from '../entity';
import type { DATA_PRODUCT_LEVELS, SCORECARD_LEVELS } from './levels';

/** @public */
export type ScorecardLevel = (typeof SCORECARD_LEVELS)[number];
/** A product's level: the highest whose rules (and every lower level's) all pass. @public */
export type DataProductLevel = (typeof DATA_PRODUCT_LEVELS)[number];

/** @public */
export type RuleState =
  | 'pass'
  | 'fail'
  | 'warn'
  | 'not-applicable'
  | 'no-data'
  | 'exempt'
  | 'error';

/** What a check says; every state but `pass` carries a message a domain owner can act on. @public */
export type CheckOutcome =
  | { state: 'pass' }
  | { state: Exclude<RuleState, 'pass' | 'exempt'>; message: string };

/**
 * Where a fact came from, when a tool's run gave it: the tool, its run or
 * invocation id, the job and a link to the run where the tool has one.
 * @public
 */
export interface FactSourceRun {
  tool: string;
  runId?: string;
  job?: string;
  link?: string;
}

/** A fact a pipeline reported, e.g. freshness of a port. @public */
export interface DataProductFact {
  entityRef: string;
  port?: string;
  name: string;
  value: unknown;
  observedAt: string;
  /** The tool run it came from; absent for facts posted to `/facts`. */
  source?: FactSourceRun;
}

/** What a check may read besides the product. Lookups are synchronous: the caller batch-loads. @public */
export interface RuleContext {
  entity: DataProductEntityV1alpha1;
  /** An entity of the catalog by full ref (`kind:namespace/name`, lowercase kind), if it exists. */
  findEntity(ref: string): Entity | undefined;
  /** The latest fact of that name for the product, or one of its ports. */
  latestFact(name: string, port?: string): DataProductFact | undefined;
  now: Date;
  qualityThreshold: number;
}

/** @public */
export interface RuleAppliesTo {
  status?: string[];
  domain?: string[];
  type?: string[];
}

/** A governance policy evaluated on every data product. @public */
export interface ScorecardRule {
  id: string;
  title: string;
  /** What to do to pass. */
  description: string;
  level: ScorecardLevel;
  weight?: number;
  appliesTo?: RuleAppliesTo;
  /** What the check needs besides the product itself; a CLI without them can't judge the rule. */
  reads?: Array<'catalog' | 'facts'>;
  /** Before this ISO date, a failure counts as `warn`: a grace period for new rules. */
  enforcedFrom?: string;
  check(context: RuleContext): CheckOutcome;
}

/** An approved exemption of one rule for one product, until it expires. @public */
export interface RuleWaiver {
  entityRef: string;
  ruleId: string;
  expiresAt: string;
}

/** @public */
export interface RuleResult {
  ruleId: string;
  title: string;
  level: ScorecardLevel;
  weight: number;
  state: RuleState;
  message?: string;
}

/** @public */
export interface DataProductScorecard {
  entityRef: string;
  level: DataProductLevel;
  /** 0–100: weighted share of applicable rules that pass or are exempt. */
  score: number;
  results: RuleResult[];
}
