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

import { describeOdcsValue } from '@meshwork/plugin-data-products-common';
import { humanizeKey } from './humanizeKey';
import type { OdcsQualityRule } from '@meshwork/plugin-data-products-common';

const METRIC_LABELS: Record<string, string> = {
  nullValues: 'Null values',
  missingValues: 'Missing values',
  invalidValues: 'Invalid values',
  duplicateValues: 'Duplicate values',
  rowCount: 'Row count',
};

const OPERATOR_WORDS: Record<string, string> = {
  mustBe: 'must be',
  mustNotBe: 'must not be',
  mustBeGreaterThan: 'must be greater than',
  mustBeGreaterOrEqualTo: 'must be at least',
  mustBeLessThan: 'must be less than',
  mustBeLessOrEqualTo: 'must be at most',
  mustBeBetween: 'must be between',
  mustNotBeBetween: 'must not be between',
};

function withUnit(value: string, unit?: string): string {
  if (!unit) return value;
  return unit === 'percent' || unit === '%' ? `${value}%` : `${value} ${unit}`;
}

/** `must be greater than 1000000`, `must be between 1 and 5 percent`. */
export function describeComparison(rule: OdcsQualityRule): string | undefined {
  if (!rule.operator) return undefined;
  const [key, value] = rule.operator;
  const words = OPERATOR_WORDS[key] ?? key;
  if (Array.isArray(value) && value.length === 2) {
    return `${words} ${describeOdcsValue(value[0])} and ${withUnit(
      describeOdcsValue(value[1]),
      rule.unit,
    )}`;
  }
  return `${words} ${withUnit(describeOdcsValue(value), rule.unit)}`;
}

/** ` of order_id, line_number (valid values: A, B)` from a metric's arguments. */
function describeArguments(args: Record<string, unknown> = {}): string {
  const { properties, ...rest } = args;
  const of =
    properties === undefined ? '' : ` of ${describeOdcsValue(properties)}`;
  const extra = Object.entries(rest).map(([key, value]) => {
    return `${humanizeKey(key).toLowerCase()}: ${describeOdcsValue(value)}`;
  });
  return extra.length ? `${of} (${extra.join('; ')})` : of;
}

/** A quality rule in words, with what it runs (SQL, engine code) beside. */
export interface QualityRuleWording {
  /** The check itself, e.g. "Row count must be greater than 1000000". */
  check: string;
  /** The owner's explanation, when the check says something else. */
  explanation?: string;
  /** A query or a vendor implementation to show as code. */
  code?: string;
}

/** How a reader reads a rule: the check first, then why and how it runs. */
export function describeQualityRule(rule: OdcsQualityRule): QualityRuleWording {
  const comparison = describeComparison(rule);
  const prose = rule.description ?? rule.name;
  let check: string;
  let code: string | undefined;
  if (rule.type === 'sql' || rule.query) {
    check = `SQL query result ${comparison ?? 'is checked'}`;
    code = rule.query;
  } else if (rule.type === 'custom' || rule.engine) {
    check = `Checked by ${rule.engine ?? 'a custom engine'}`;
    code = rule.implementation;
  } else if (rule.metric) {
    const label = METRIC_LABELS[rule.metric] ?? rule.metric;
    check = [`${label}${describeArguments(rule.arguments)}`, comparison]
      .filter(Boolean)
      .join(' ');
  } else {
    return { check: prose ?? 'A rule without a description' };
  }
  return { check, explanation: prose, code };
}
