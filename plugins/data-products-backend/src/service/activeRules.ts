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

import type { Config } from '@backstage/config';
import {
  builtinScorecardRules,
  compileConfigRules,
  ConfigRuleDefinition,
  ScorecardRule,
} from '@meshwork/plugin-data-products-common';

/**
 * The rules in force: the built-in pack less `disabledRules`, plus the
 * governance group's config rules. A bad config rule throws here, at startup.
 */
export function activeRules(
  config: Config,
  extraRules: ScorecardRule[] = [],
): ScorecardRule[] {
  const scorecard = config.getOptionalConfig('dataProducts.scorecard');
  const disabled = new Set(
    scorecard?.getOptionalStringArray('disabledRules') ?? [],
  );
  const builtin = [...builtinScorecardRules, ...extraRules];
  const ids = builtin.map(rule => rule.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) {
    throw new Error(
      `A backend module adds scorecard rules whose ids are taken: ${twice.join(
        ', ',
      )}; expected ids unique across the built-in pack and modules`,
    );
  }
  const unknown = [...disabled].filter(
    id => !builtin.some(rule => rule.id === id),
  );
  if (unknown.length > 0) {
    throw new Error(
      `dataProducts.scorecard.disabledRules: unknown rule ids ${unknown.join(
        ', ',
      )}; expected ids such as ${builtinScorecardRules[0].id}`,
    );
  }
  const definitions = (scorecard?.getOptional('rules') ??
    []) as ConfigRuleDefinition[];
  const configRules = compileConfigRules(
    definitions,
    builtin.map(rule => rule.id),
  );
  return [...builtin.filter(rule => !disabled.has(rule.id)), ...configRules];
}
