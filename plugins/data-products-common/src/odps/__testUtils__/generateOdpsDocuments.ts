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

import type { JsonObject, JsonValue } from '@backstage/types';
import type { OdpsSchemaNode } from '../odpsSchemaWalk';

// Documents valid against an official ODPS schema, made by walking it: each
// object gets its required fields and a random choice of the others, each
// value one of a few that real documents hold, tricky ones included (names
// the kind spells otherwise, versions it can't hold, repeated port names).

type Node = OdpsSchemaNode & {
  type?: string;
  required?: string[];
  enum?: string[];
  format?: string;
};

/** A small seeded generator (mulberry32), so a failure can be replayed. */
export function randomOf(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(values: readonly T[]): T =>
    values[Math.floor(next() * values.length)];
  return { next, pick, chance: (p: number) => next() < p };
}

type Random = ReturnType<typeof randomOf>;

const texts = ['orders', 'Processed Data', 'payments', 'Bestellungen ü', ''];
const byField: Record<string, readonly string[]> = {
  name: ['orders', 'payments', 'Processed Data', 'raw_events', 'orders'],
  version: ['1.0.0', '2.0.0', 'v1.1.0', '1.0.0', 'latest', '0.3.0-rc.1'],
  username: ['user:jane', 'john.doe@example.com', 'jane'],
  status: ['active', 'Draft', 'deprecated', 'retired', 'proposed', 'beta'],
  type: ['tables', 'table', 'topic', 'sourceAligned', 'aggregate', 'rest'],
  content: ['discoverability', 'Observability', 'control', 'lineage'],
  tool: ['slack', 'Teams', 'email', 'discord'],
  role: ['owner', 'data steward', 'engineer'],
  property: ['costCenter', 'format', 'meshwork.unknown', 'odps'],
  domain: ['sales', 'Sales & Marketing'],
};

function text(random: Random, field: string | undefined, format?: string) {
  const n = Math.floor(random.next() * 1000);
  if (format === 'uri') {
    return random.pick([
      `https://example.com/${n}`,
      `mailto:team${n}@example.com`,
    ]);
  }
  if (format === 'date-time')
    return `2025-0${1 + (n % 9)}-1${n % 10}T08:00:00Z`;
  if (format === 'date') return `2024-1${n % 3}-0${1 + (n % 9)}`;
  return random.pick(byField[field ?? ''] ?? texts);
}

function anyJson(random: Random, depth = 0): JsonValue {
  const kind = random.pick([
    'text',
    'number',
    'boolean',
    'list',
    'map',
    'null',
  ]);
  if (depth > 2 || kind === 'text') return random.pick(texts);
  if (kind === 'number') return Math.floor(random.next() * 100);
  if (kind === 'boolean') return random.chance(0.5);
  if (kind === 'null') return null;
  if (kind === 'list') return [anyJson(random, depth + 1)];
  return { key: anyJson(random, depth + 1) };
}

function generate(
  root: Node,
  at: Node | undefined,
  random: Random,
  field: string | undefined,
  depth: number,
): JsonValue {
  const node =
    at?.$ref && root.$defs
      ? (root.$defs[at.$ref.slice('#/$defs/'.length)] as Node)
      : at;
  if (!node) return null;
  if (node.enum) return random.pick(node.enum);
  switch (node.type) {
    case 'string':
      return text(random, field, node.format);
    case 'boolean':
      return random.chance(0.5);
    case 'number':
    case 'integer':
      return Math.floor(random.next() * 100);
    case 'array': {
      const count = depth > 3 ? 0 : Math.floor(random.next() * 4);
      return Array.from({ length: count }, () =>
        generate(root, node.items as Node, random, field, depth + 1),
      );
    }
    case 'object': {
      const result: JsonObject = {};
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        const required = node.required?.includes(key);
        if (required || (depth < 4 && random.chance(0.5))) {
          result[key] = generate(root, child as Node, random, key, depth + 1);
        }
      }
      return result;
    }
    default:
      return anyJson(random); // a custom property's value: any JSON
  }
}

/** `count` documents valid against `schema`, declaring `apiVersion`. */
export function generateOdpsDocuments(
  schema: object,
  apiVersion: string,
  count: number,
  seed: number,
): JsonObject[] {
  const random = randomOf(seed);
  return Array.from({ length: count }, () => ({
    ...(generate(
      schema as Node,
      schema as Node,
      random,
      undefined,
      0,
    ) as JsonObject),
    apiVersion,
    kind: 'DataProduct',
  }));
}
