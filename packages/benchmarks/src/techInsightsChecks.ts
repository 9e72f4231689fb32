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

import type { TechInsightJsonRuleCheck } from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
import { builtinScorecardRules } from '@meshwork/plugin-data-products-common';
import {
  CATALOG_RETRIEVER,
  PIPELINE_RETRIEVER,
} from './techInsightsFactSchemas';

type Condition = { fact: string; operator: string; value: unknown };
type Conditions =
  | { all: Array<Condition | Conditions> }
  | { any: Array<Condition | Conditions> };

const is = (fact: string, operator: string, value: unknown): Condition => ({
  fact,
  operator,
  value,
});
const none = (fact: string) => is(fact, 'equal', 0);

/** How faithfully json-rules-engine expresses a rule of our policy pack. */
export interface RuleTranslation {
  ruleId: string;
  /** Where the judgement happens that a json-rules-engine condition can't make. */
  caveat?: string;
  factIds: string[];
  conditions: Conditions;
}

const catalog = [CATALOG_RETRIEVER];
const pipelines = [PIPELINE_RETRIEVER];
const PER_PORT = 'per-port test in the retriever (no loops in conditions)';

/**
 * One check per rule of the built-in policy pack, passing where our rule
 * passes, is not applicable or only warns: a check is true or false. A
 * second copy of the pack, kept by hand: the benchmark's run reports the
 * rules that have no check here, and whether the checks judge as the rules.
 */
export const RULE_TRANSLATIONS: RuleTranslation[] = [
  {
    ruleId: 'has-owner',
    factIds: catalog,
    caveat: 'catalog lookup in the retriever',
    conditions: { all: [is('ownerKind', 'in', ['Group', 'User'])] },
  },
  {
    ruleId: 'has-domain',
    factIds: catalog,
    caveat: 'catalog lookup in the retriever',
    conditions: { all: [is('domainKind', 'equal', 'Domain')] },
  },
  {
    ruleId: 'has-description',
    factIds: catalog,
    conditions: {
      all: [
        is('descriptionLength', 'greaterThanInclusive', 40),
        is('hasPurpose', 'equal', true),
      ],
    },
  },
  {
    ruleId: 'has-support-channel',
    factIds: catalog,
    conditions: { all: [is('supportUrlCount', 'greaterThan', 0)] },
  },
  {
    ruleId: 'has-output-port',
    factIds: catalog,
    conditions: {
      any: [
        is('status', 'notEqual', 'active'),
        is('outputPortCount', 'greaterThan', 0),
      ],
    },
  },
  {
    ruleId: 'ports-have-contracts',
    factIds: catalog,
    caveat: `catalog lookup and ${PER_PORT}`,
    conditions: { all: [none('portsWithoutContract')] },
  },
  {
    ruleId: 'classification-declared',
    factIds: catalog,
    caveat: PER_PORT,
    conditions: {
      all: [
        is('classification', 'notEqual', ''),
        none('portsWithoutClassification'),
      ],
    },
  },
  {
    ruleId: 'pii-is-protected',
    factIds: catalog,
    caveat: PER_PORT,
    conditions: {
      all: [
        {
          any: [
            is('containsPii', 'equal', false),
            is('classification', 'in', ['confidential', 'restricted']),
          ],
        },
        none('portsWithExposedPii'),
      ],
    },
  },
  {
    ruleId: 'inputs-resolve',
    factIds: catalog,
    caveat: 'catalog lookups and port match in the retriever',
    conditions: { all: [none('unresolvedInputs')] },
  },
  {
    ruleId: 'no-retired-inputs',
    factIds: catalog,
    caveat:
      'catalog lookups in the retriever; no warn state for deprecated inputs',
    conditions: { all: [none('retiredInputs')] },
  },
  {
    ruleId: 'is-versioned',
    factIds: catalog,
    conditions: { all: [is('version', 'notEqual', '')] },
  },
  {
    ruleId: 'access-documented',
    factIds: catalog,
    caveat: PER_PORT,
    conditions: { all: [none('portsWithoutAccess')] },
  },
  {
    ruleId: 'sla-declared',
    factIds: catalog,
    caveat: PER_PORT,
    conditions: { all: [none('portsWithoutSla')] },
  },
  {
    ruleId: 'fresh-within-sla',
    factIds: pipelines,
    caveat:
      "age vs. each port's SLA compared in the retriever; no-data is a fail",
    conditions: {
      all: [none('freshnessUnreportedPorts'), none('freshnessStalePorts')],
    },
  },
  {
    ruleId: 'quality-checks-pass',
    factIds: pipelines,
    caveat: 'no-data is a fail',
    conditions: { all: [is('qualityRate', 'greaterThanInclusive', 0.95)] },
  },
  {
    ruleId: 'has-docs',
    factIds: catalog,
    caveat: 'link title match (a regex) in the retriever',
    conditions: {
      any: [
        is('hasTechdocsRef', 'equal', true),
        is('docLinkCount', 'greaterThan', 0),
      ],
    },
  },
  {
    ruleId: 'has-steward',
    factIds: catalog,
    conditions: { all: [is('teamRoles', 'contains', 'steward')] },
  },
];

/** What no json-rules-engine check expresses, whatever the facts. */
export const NOT_EXPRESSIBLE = [
  'rule states beyond true/false: not-applicable, warn, no-data, error (mapped to pass or fail)',
  'messages naming the failing ports or refs',
  'waivers (exempt) and enforcedFrom grace periods',
  'the level (bronze/silver/gold) and the weighted score',
];

/** Which rules of the pack have a check here, which have none, and which checks outlived their rule. */
export function translatedRules() {
  const pack = new Set(builtinScorecardRules.map(r => r.id));
  const translated = new Set(RULE_TRANSLATIONS.map(r => r.ruleId));
  return {
    translations: RULE_TRANSLATIONS.filter(r => pack.has(r.ruleId)),
    withoutCheck: [...pack].filter(id => !translated.has(id)),
    withoutRule: [...translated].filter(id => !pack.has(id)),
  };
}

/** The checks of the rules still in the pack. */
export function techInsightsChecks(): TechInsightJsonRuleCheck[] {
  const { translations } = translatedRules();
  return translations.map(({ ruleId, factIds, conditions }) => ({
    id: ruleId,
    type: 'json-rules-engine',
    name: ruleId,
    description: `Meshwork policy-pack rule ${ruleId}`,
    factIds,
    rule: {
      conditions: conditions as TechInsightJsonRuleCheck['rule']['conditions'],
    },
  }));
}
