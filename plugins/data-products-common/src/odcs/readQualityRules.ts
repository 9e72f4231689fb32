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

import type { FieldReader, RawObject } from './FieldReader';
import type { OdcsQualityRule } from './types';

/** ODCS comparison operators, in the order a rule is read for one. */
export const QUALITY_OPERATORS = [
  'mustBe',
  'mustNotBe',
  'mustBeGreaterThan',
  'mustBeGreaterOrEqualTo',
  'mustBeLessThan',
  'mustBeLessOrEqualTo',
  'mustBeBetween',
  'mustNotBeBetween',
] as const;

function defaultType(raw: RawObject): string {
  // ODCS defaults to `library`; a rule with only prose is meant as text.
  if (raw.metric !== undefined || raw.rule !== undefined) return 'library';
  if (raw.query !== undefined) return 'sql';
  if (raw.engine !== undefined) return 'custom';
  return 'text';
}

function readQualityRule(
  raw: RawObject,
  path: string,
  r: FieldReader,
): OdcsQualityRule {
  const operatorKey = QUALITY_OPERATORS.find(key => raw[key] !== undefined);
  const implementation = raw.implementation;
  return {
    type: r.string(raw, 'type', path) ?? defaultType(raw),
    name: r.string(raw, 'name', path),
    description: r.string(raw, 'description', path),
    // `rule` is the deprecated spelling of `metric`
    metric: r.string(raw, 'metric', path) ?? r.string(raw, 'rule', path),
    arguments: r.object(raw, 'arguments', path),
    operator: operatorKey ? [operatorKey, raw[operatorKey]] : undefined,
    unit: r.string(raw, 'unit', path),
    query: r.string(raw, 'query', path),
    engine: r.string(raw, 'engine', path),
    implementation:
      typeof implementation === 'object' && implementation !== null
        ? JSON.stringify(implementation, undefined, 2)
        : r.string(raw, 'implementation', path),
    dimension: r.string(raw, 'dimension', path),
    severity: r.string(raw, 'severity', path),
    businessImpact: r.string(raw, 'businessImpact', path),
    schedule: r.string(raw, 'schedule', path),
    scheduler: r.string(raw, 'scheduler', path),
  };
}

/** The `quality` list of a schema object or property. */
export function readQualityRules(
  raw: RawObject,
  path: string,
  r: FieldReader,
): OdcsQualityRule[] {
  return r
    .objects(raw, 'quality', path)
    .map(entry => readQualityRule(entry.item, entry.path, r));
}
