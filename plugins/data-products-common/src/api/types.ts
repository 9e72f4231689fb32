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
  DataClassification,
  DataProductStatus,
  DataProductType,
} from '../entity';
import type { DataProductProblem } from '../entity';
import type { DataProductChange, DataProductDiff } from '../diff';
import type { RunProblem } from '../runs/types';
import type {
  DataProductLevel,
  DataProductScorecard,
  DataProductWaiver,
  RuleAppliesTo,
  RuleState,
  ScorecardLevel,
} from '../scorecard';
import type { DataProductListFilterName } from './listFilters';

/** An item of GET /rules: a rule as the backend enforces it, without its check. @public */
export interface ScorecardRuleSummary {
  id: string;
  title: string;
  /** What to do to pass. */
  description: string;
  level: ScorecardLevel;
  weight: number;
  appliesTo?: RuleAppliesTo;
  enforcedFrom?: string;
  reads: Array<'catalog' | 'facts'>;
}

/** An item of GET /scorecards: a product's latest evaluation, without its results. @public */
export interface ScorecardSummary {
  entityRef: string;
  title?: string;
  domainRef?: string;
  ownerRef?: string;
  level: DataProductLevel;
  score: number;
  failingRuleIds: string[];
  evaluatedAt: string;
}

/** GET /scorecards: a page in ref order; `nextCursor` asks for the next. @public */
export interface ScorecardPage {
  items: ScorecardSummary[];
  nextCursor?: string;
}

/** GET /scorecards/:kind/:namespace/:name: the latest evaluation of one product. @public */
export interface StoredScorecard extends DataProductScorecard {
  title?: string;
  domainRef?: string;
  ownerRef?: string;
  evaluatedAt: string;
}

/** An item of GET /scorecards/:kind/:namespace/:name/history. @public */
export interface ScorecardHistoryPoint {
  level: DataProductLevel;
  score: number;
  states: Record<string, RuleState>;
  recordedAt: string;
}

/** An item of GET /rollups: how the products of one domain or owning group score. @public */
export interface ScorecardRollup {
  entityRef: string;
  /** Products counted, including those of sub-groups for an owner rollup. */
  products: number;
  /** Products this group owns itself (owner rollups). */
  ownProducts: number;
  levels: Record<DataProductLevel, number>;
  averageScore: number;
  /**
   * The average score of the same products `trendDays` ago, of those that
   * had a score then; undefined when none had.
   */
  previousAverageScore?: number;
  /** The rules failed by most products, most first. */
  mostFailedRules: Array<{ ruleId: string; products: number }>;
}

/** GET /rollups?by=domain|owner. @public */
export interface ScorecardRollupsResponse {
  items: ScorecardRollup[];
  /** The time `previousAverageScore` looks back to (ISO 8601). */
  trendSince: string;
}

/** What GET /products and /products.csv sort by (`level` by rank, none lowest). @public */
export const DATA_PRODUCT_SORT_FIELDS = [
  'title',
  'domain',
  'owner',
  'status',
  'type',
  'level',
  'score',
  'evaluatedAt',
] as const;

/** @public */
export type DataProductSortField = (typeof DATA_PRODUCT_SORT_FIELDS)[number];

/** An item of GET /products: a product's catalog fields and its latest scorecard. @public */
export interface DataProductListItem {
  entityRef: string;
  name: string;
  title: string;
  description?: string;
  domainRef?: string;
  ownerRef?: string;
  status?: DataProductStatus;
  type?: DataProductType;
  classification?: DataClassification;
  tags: string[];
  level: DataProductLevel;
  score: number;
  failingRuleIds: string[];
  /** Rule id to state, for every rule evaluated. */
  states: Record<string, RuleState>;
  evaluatedAt: string;
}

/** GET /products: one page, and how many products match in all. @public */
export interface DataProductListResponse {
  items: DataProductListItem[];
  totalCount: number;
  offset: number;
  limit: number;
}

/** How many matching products have one value of a facet. @public */
export interface DataProductFacetValue {
  value: string;
  count: number;
}

/**
 * GET /products/facets: per filter, the values of the products that match
 * every other filter, most frequent first. `failing` counts the products
 * failing each rule.
 * @public
 */
export type DataProductFacets = Record<
  DataProductListFilterName,
  DataProductFacetValue[]
>;

/** GET /waivers/limits: what a waiver request may ask for, from the backend's config. @public */
export interface WaiverLimits {
  /** The furthest a waiver may end, in whole days from now (`dataProducts.waivers.maxDuration`). */
  maxDurationDays: number;
}

/** GET /waivers: a page of waivers, newest request first; `nextCursor` asks for the older ones. @public */
export interface WaiverPage {
  items: DataProductWaiver[];
  nextCursor?: string;
}

/**
 * A dry run's scorecard of one posted product and, when the catalog holds
 * a version of it the caller may read, what the posted one changes for its
 * readers (those the caller may read).
 * @public
 */
export interface DryRunScorecard extends DataProductScorecard {
  changes?: DataProductDiff;
}

/** POST /evaluate: the dry run's scorecards, one per DataProduct document. @public */
export interface DryRunResponse {
  items: DryRunScorecard[];
}

/**
 * An item of GET /changes: what one look at a product in the catalog found
 * changed since the version last accepted, breaking and notable changes
 * only. A product's accepted version moves on with each look, except while
 * it holds a breaking change no major version allows.
 * @public
 */
export interface DataProductChangeRecord {
  id: string;
  entityRef: string;
  /** When the change was seen in the catalog, ISO 8601. */
  detectedAt: string;
  /** The product's version the changes are counted from. */
  fromVersion?: string;
  /** The product's version that holds them. */
  toVersion?: string;
  /** The changes; `readers` names only the products the caller may read. */
  changes: DataProductChange[];
  /** How many breaking changes no new major version allows. */
  unversioned: number;
}

/** GET /changes: a page, the newest first; `nextCursor` asks for older ones. @public */
export interface DataProductChangePage {
  items: DataProductChangeRecord[];
  nextCursor?: string;
}

/**
 * A problem of a document posted to the dry run, in the body of its 400
 * answer (`problems`) beside the error.
 * @public
 */
export interface DryRunProblem extends DataProductProblem {
  /** Index of the YAML document (or array item) in the request, from 0. */
  document: number;
}

/** POST /facts: how many facts were stored. @public */
export interface FactReportResponse {
  accepted: number;
}

/**
 * A dataset of a pushed run that no output port claims: what a person
 * calls it, and every key a port could claim it by, in its
 * `outputPorts[].datasets` or through its `server`.
 * @public
 */
export interface UnplacedDatasetSummary {
  label: string;
  keys: string[];
}

/**
 * POST /runs: what became of the runs. The products whose facts changed
 * were re-scored before the answer; the unplaced datasets are counted, and
 * the first few named (GET /runs/unplaced lists them all).
 * @public
 */
export interface RunPushResponse {
  /** How many runs were taken. */
  runs: number;
  /** How many facts were stored. */
  facts: number;
  /** Entity refs of the products re-scored. */
  products: string[];
  unplaced: { total: number; items: UnplacedDatasetSummary[] };
  problems: RunProblem[];
}

/**
 * A dataset of a tool's run that no output port claims, as GET
 * /runs/unplaced lists it: kept, never dropped, so an owner can claim it by
 * naming one of its `keys` in `outputPorts[].datasets`.
 * @public
 */
export interface UnplacedResult {
  /** The tool whose run it was: `dbt`, `openlineage`, `great_expectations`… */
  tool: string;
  /** The run's or invocation's id, where the tool gives one. */
  runId?: string;
  /** The job or command that ran, where the tool names one. */
  job?: string;
  /** The dataset as the tool names it. */
  label: string;
  /** Every key a port could claim it by (`relation:...`, `dbt:...`). */
  keys: string[];
  /** How many checks ran on it. */
  checks: number;
  /** When the run ended, ISO 8601, where the tool says. */
  finishedAt?: string;
  /** When the backend took it, ISO 8601. */
  receivedAt: string;
  /** Who pushed the run. */
  reportedBy: string;
}

/** GET /runs/unplaced: one page, the latest received first; `total` counts them all. @public */
export interface UnplacedResultPage {
  items: UnplacedResult[];
  total: number;
}
