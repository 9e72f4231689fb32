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
import type { Entity } from '@backstage/catalog-model';
import type { DataProductEntityV1alpha1 } from '../entity';
import type {
  DataProductFact,
  DataProductLevel,
  DataProductScorecard,
  RuleAppliesTo,
  RuleContext,
  RuleResult,
  RuleState,
  RuleWaiver,
  ScorecardRule,
} from './types';
import { SCORECARD_LEVELS } from './levels';

/** What an evaluation reads besides the product; the caller loads it in bulk. @public */
export interface EvaluationInputs {
  findEntity(ref: string): Entity | undefined;
  /** This product's facts; the latest per (name, port) counts. */
  facts?: DataProductFact[];
  /** This product's approved waivers. */
  waivers?: RuleWaiver[];
  now?: Date;
  /** Share of passed data-quality checks needed by quality-checks-pass, 0–1. */
  qualityThreshold?: number;
}

/** What `appliesTo` filters compare, computed once per product, not once per rule. */
type Scope = Record<keyof RuleAppliesTo, string>;

function scopeOf(entity: DataProductEntityV1alpha1): Scope {
  return {
    status: entity.spec.status ?? '',
    domain: (entity.spec.domain ?? '').replace(/^domain:(default\/)?/i, ''),
    type: entity.spec.type ?? '',
  };
}

function outOfScope(rule: ScorecardRule, scope: Scope): string | undefined {
  const filter = rule.appliesTo;
  if (!filter) return undefined;
  for (const key of ['status', 'domain', 'type'] as const) {
    const allowed = filter[key];
    if (allowed && !allowed.includes(scope[key])) {
      return `Applies only to products whose ${key} is ${allowed.join(
        ' or ',
      )}.`;
    }
  }
  return undefined;
}

function latestFactOf(facts: DataProductFact[]) {
  return (name: string, port?: string) => {
    let latest: DataProductFact | undefined;
    for (const fact of facts) {
      if (fact.name !== name || fact.port !== port) continue;
      if (!latest || fact.observedAt > latest.observedAt) latest = fact;
    }
    return latest;
  };
}

/** A rule's result; built in one place so every result has the same shape. */
function result(
  rule: ScorecardRule,
  state: RuleState,
  message?: string,
): RuleResult {
  const built: RuleResult = {
    ruleId: rule.id,
    title: rule.title,
    level: rule.level,
    weight: rule.weight ?? 1,
    state,
  };
  if (message !== undefined) built.message = message;
  return built;
}

function resultOf(
  rule: ScorecardRule,
  context: RuleContext,
  scope: Scope,
  waivers: RuleWaiver[],
): RuleResult {
  const skipped = outOfScope(rule, scope);
  if (skipped) return result(rule, 'not-applicable', skipped);
  let outcome;
  try {
    outcome = rule.check(context);
  } catch (error) {
    return result(
      rule,
      'error',
      `The check failed to run: ${(error as Error).message}`,
    );
  }
  if (outcome.state === 'pass') return result(rule, 'pass');
  let { state, message } = outcome;
  if (
    state === 'fail' &&
    rule.enforcedFrom &&
    context.now < new Date(rule.enforcedFrom)
  ) {
    state = 'warn';
    message = `${message} (enforced from ${rule.enforcedFrom.slice(0, 10)})`;
  }
  if (state === 'fail' || state === 'warn') {
    const waiver = waivers.find(
      w => w.ruleId === rule.id && new Date(w.expiresAt) > context.now,
    );
    if (waiver) {
      return result(
        rule,
        'exempt',
        `Waived until ${waiver.expiresAt.slice(0, 10)}: ${message}`,
      );
    }
  }
  return result(rule, state, message);
}

/** Highest level whose rules, and every lower level's, all pass or are exempt. */
function levelOf(results: RuleResult[]): DataProductLevel {
  let level: DataProductLevel = 'none';
  for (const candidate of SCORECARD_LEVELS) {
    const blocking = results.filter(
      r =>
        r.level === candidate &&
        !['pass', 'exempt', 'not-applicable', 'error'].includes(r.state),
    );
    if (blocking.length > 0) break;
    level = candidate;
  }
  return level;
}

/** Weighted share of applicable rules that pass or are exempt; a broken check counts for nothing. */
function scoreOf(results: RuleResult[]): number {
  const counted = results.filter(
    r => r.state !== 'not-applicable' && r.state !== 'error',
  );
  const total = counted.reduce((sum, r) => sum + r.weight, 0);
  const passed = counted
    .filter(r => r.state === 'pass' || r.state === 'exempt')
    .reduce((sum, r) => sum + r.weight, 0);
  return total === 0 ? 100 : Math.round((100 * passed) / total);
}

/**
 * Evaluates one data product against rules: the one function the backend,
 * the browser and the CLI all run. Pure: everything it reads is passed in.
 * @public
 */
export function evaluateDataProduct(
  entity: DataProductEntityV1alpha1,
  rules: ScorecardRule[],
  inputs: EvaluationInputs,
): DataProductScorecard {
  const context: RuleContext = {
    entity,
    findEntity: inputs.findEntity,
    latestFact: latestFactOf(inputs.facts ?? []),
    now: inputs.now ?? new Date(),
    qualityThreshold: inputs.qualityThreshold ?? 0.95,
  };
  const scope = scopeOf(entity);
  const waivers = inputs.waivers ?? [];
  const results = rules.map(rule => resultOf(rule, context, scope, waivers));
  return {
    entityRef: stringifyEntityRef(entity),
    level: levelOf(results),
    score: scoreOf(results),
    results,
  };
}
