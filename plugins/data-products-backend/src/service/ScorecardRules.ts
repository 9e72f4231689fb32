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
import type { ScorecardRule } from '@meshwork/plugin-data-products-common';
import { activeRules } from './activeRules';

/** The rules in force, asked for whenever a product is scored or a rule looked up. */
export interface ScorecardRules {
  list(): ScorecardRule[];
}

/** The rules service: the plugin puts the rules in force once, at its init. */
export interface ScorecardRulesService extends ScorecardRules {
  putInForce(moduleRules: ScorecardRule[]): void;
}

/**
 * The rules of the plugin's config and of its backend modules. Modules add
 * theirs through the extension point while the backend starts, before the
 * plugin's own init: the plugin hands them in there, once, and the services
 * that were created earlier (a module may depend on one) read the rules when
 * they score, not when they are created.
 */
export class ConfiguredScorecardRules implements ScorecardRulesService {
  readonly #config: Config;
  #rules?: ScorecardRule[];

  static fromConfig(config: Config): ConfiguredScorecardRules {
    return new ConfiguredScorecardRules(config);
  }

  private constructor(config: Config) {
    this.#config = config;
  }

  /**
   * Puts the rules in force: the built-in pack less `disabledRules`, the
   * modules' rules and the config rules. A rule id taken twice or a bad
   * config rule throws, and the backend does not start.
   */
  putInForce(moduleRules: ScorecardRule[]): void {
    this.#rules = activeRules(this.#config, moduleRules);
  }

  list(): ScorecardRule[] {
    if (!this.#rules) {
      throw new Error(
        'The scorecard rules are in force once the data-products plugin has started',
      );
    }
    return this.#rules;
  }
}
