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

import { dataProductEntityV1alpha1Schema } from '../entity';
import { suggestKey } from '../entity/suggestKey';
import type {
  CheckOutcome,
  RuleAppliesTo,
  ScorecardLevel,
  ScorecardRule,
} from './types';
import { SCORECARD_LEVELS } from './levels';

/** A check written in config: a path into the product, an operator, a value. @public */
export interface ConfigRuleCheck {
  path: string;
  operator: string;
  value?: unknown;
  /** With every/some: the check applied to each item of the list at path. */
  check?: ConfigRuleCheck;
}

/** A governance rule from `dataProducts.scorecard.rules` in app-config. @public */
export interface ConfigRuleDefinition {
  id: string;
  title?: string;
  description?: string;
  level: string;
  weight?: number;
  appliesTo?: RuleAppliesTo;
  enforcedFrom?: string;
  check: ConfigRuleCheck;
}

type Test = (found: unknown) => boolean;

const operators: Record<string, (value: unknown, nested?: Test) => Test> = {
  exists: () => found => found !== undefined && found !== null && found !== '',
  equals: value => found => found === value,
  notEquals: value => found => found !== value,
  in: value => found => (value as unknown[]).includes(found),
  matches: value => {
    const pattern = new RegExp(String(value));
    return found => typeof found === 'string' && pattern.test(found);
  },
  minLength: value => found =>
    (typeof found === 'string' || Array.isArray(found)) &&
    found.length >= Number(value),
  gte: value => found => typeof found === 'number' && found >= Number(value),
  lte: value => found => typeof found === 'number' && found <= Number(value),
  every: (_, nested) => found =>
    Array.isArray(found) && found.every(item => nested!(item)),
  some: (_, nested) => found =>
    Array.isArray(found) && found.some(item => nested!(item)),
};

type SchemaNode = {
  type?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean;
  items?: SchemaNode;
};

/**
 * The schema node a path leads to, or the unknown segment with a suggestion.
 * Free-form maps (metadata.annotations, customProperties) accept any key below.
 */
function walkSchema(
  start: SchemaNode,
  path: string,
): { node?: SchemaNode; unknown?: string } {
  let node: SchemaNode | undefined = start;
  for (const key of path.split('.')) {
    if (!node) return {};
    if (node.properties?.[key]) {
      node = node.properties[key];
    } else if (node.type !== 'object' || node.additionalProperties === false) {
      // A scalar has no fields below it; a strict map only its own.
      const known = Object.keys(node.properties ?? {});
      const suggestion = suggestKey(key, known);
      return {
        unknown: suggestion
          ? `"${key}"; did you mean "${suggestion}"?`
          : `"${key}"`,
      };
    } else {
      return {};
    }
  }
  return { node };
}

const entitySchema = dataProductEntityV1alpha1Schema as unknown as SchemaNode;

function valueAt(subject: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object'
          ? (node as Record<string, unknown>)[key]
          : undefined,
      subject,
    );
}

function compileCheck(
  check: ConfigRuleCheck,
  where: string,
  schema: SchemaNode,
): Test {
  if (!check || typeof check.path !== 'string' || !check.path) {
    throw new Error(
      `${where}.path: missing; expected a dot path such as spec.classification`,
    );
  }
  const { node, unknown } = walkSchema(schema, check.path);
  if (unknown) {
    throw new Error(
      `${where}.path: "${check.path}" is not a field of a DataProduct: unknown ${unknown}`,
    );
  }
  const operator = operators[check.operator];
  if (!operator) {
    throw new Error(
      `${where}.operator: found "${
        check.operator
      }"; expected one of ${Object.keys(operators).join(', ')}`,
    );
  }
  if (check.operator === 'in' && !Array.isArray(check.value)) {
    throw new Error(`${where}.value: expected a list for operator in`);
  }
  const isList = check.operator === 'every' || check.operator === 'some';
  if (isList && !check.check) {
    throw new Error(
      `${where}.check: missing; ${check.operator} needs a check for each item`,
    );
  }
  const itemTest = isList
    ? compileCheck(check.check!, `${where}.check`, node?.items ?? {})
    : undefined;
  let test: Test;
  try {
    // Operators compile their value once, here: a bad pattern fails startup.
    test = operator(check.value, itemTest);
  } catch (error) {
    throw new Error(
      `${where}.value: not a valid regular expression: ${
        (error as Error).message
      }`,
    );
  }
  return subject => test(valueAt(subject, check.path));
}

/**
 * Turns config rules into scorecard rules. A rule with an unknown path,
 * operator or level throws at startup, naming the rule and the field.
 * @public
 */
export function compileConfigRules(
  definitions: ConfigRuleDefinition[],
  knownIds: string[],
): ScorecardRule[] {
  const ids = new Set(knownIds);
  return definitions.map((definition, index) => {
    const name = `dataProducts.scorecard.rules[${index}]${
      definition?.id ? ` (${definition.id})` : ''
    }`;
    if (!definition?.id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(definition.id)) {
      throw new Error(
        `${name}.id: expected a kebab-case rule id such as finance-needs-restricted`,
      );
    }
    if (ids.has(definition.id)) {
      throw new Error(
        `${name}.id: "${definition.id}" is already the id of another rule`,
      );
    }
    ids.add(definition.id);
    if (!(SCORECARD_LEVELS as readonly string[]).includes(definition.level)) {
      throw new Error(
        `${name}.level: found "${
          definition.level
        }"; expected one of ${SCORECARD_LEVELS.join(', ')}`,
      );
    }
    const root = String(definition.check?.path ?? '').split('.')[0];
    if (definition.check?.path && !['metadata', 'spec'].includes(root)) {
      throw new Error(
        `${name}.check.path: found "${definition.check.path}"; expected a path under metadata or spec, the fields domain owners write`,
      );
    }
    const test = compileCheck(definition.check, `${name}.check`, entitySchema);
    const title = definition.title ?? definition.id;
    const description =
      definition.description ??
      `${definition.check.path} ${definition.check.operator}${
        definition.check.value === undefined
          ? ''
          : ` ${JSON.stringify(definition.check.value)}`
      }`;
    return {
      id: definition.id,
      title,
      description,
      level: definition.level as ScorecardLevel,
      weight: definition.weight,
      appliesTo: definition.appliesTo,
      enforcedFrom: definition.enforcedFrom,
      check: ({ entity }): CheckOutcome =>
        test(entity)
          ? { state: 'pass' }
          : { state: 'fail', message: `${title}: ${description}.` },
    };
  });
}
