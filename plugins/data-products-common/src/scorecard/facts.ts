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

import { BREAKING_CHANGES_FACT } from './breakingChangeRule';
import { ageOf } from './outcomes';

/**
 * What is wrong with a reported value of a fact the built-in rules read, if
 * anything: the reporter hears it at once instead of the rule reading `error`
 * for the next ten minutes. Custom facts take any JSON value.
 * @public
 */
export function factValueProblem(
  name: string,
  value: unknown,
): string | undefined {
  if (name === BREAKING_CHANGES_FACT) {
    // A reported one would hide what the catalog's history shows.
    return 'the backend writes breaking-changes itself, from the versions the catalog held; it cannot be reported';
  }
  if (name === 'freshness') {
    const valid =
      (typeof value === 'number' && value >= 0) ||
      (typeof value === 'string' && ageOf(value, new Date()) !== undefined);
    return valid
      ? undefined
      : 'expected the age of the newest data as an ISO 8601 duration (PT2H), a timestamp of the newest data, or seconds';
  }
  if (name === 'quality') {
    const rate =
      typeof value === 'object' && value !== null
        ? (value as { rate?: unknown }).rate
        : value;
    return typeof rate === 'number' && rate >= 0 && rate <= 1
      ? undefined
      : 'expected the share of passed data-quality checks, 0 to 1, or { rate: 0.97 }';
  }
  return undefined;
}
