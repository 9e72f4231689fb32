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

import { datasetKeys } from '../datasetKeys';
import { JsonPath, RunReadContext } from '../readContext';
import { JsonRecord, isRecord, own, recordField, textOf } from '../values';
import { dbtArtifactMetadata } from './dbtArtifact';

/** Nodes that are data a port can serve: what tests attach to. */
export function isDatasetNode(uniqueId: string): boolean {
  return /^(model|seed|snapshot|source)\./.test(uniqueId);
}

/** A node's name from its unique_id alone: `test.pkg.not_null_x.ab12` → `not_null_x`. */
export function nameFromUniqueId(uniqueId: string): string {
  return uniqueId.split('.')[2] ?? uniqueId;
}

/** The node a generic test's `model` argument names: `{{ get_where_subquery(ref('orders')) }}`. */
function namedInTestArgument(node: JsonRecord): string | undefined {
  const model = own(own(own(node, 'test_metadata'), 'kwargs'), 'model');
  if (typeof model !== 'string') return undefined;
  const ref = /ref\(\s*['"]([^'"]+)['"]/.exec(model);
  if (ref) return `.${ref[1]}`;
  const source = /source\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]+)['"]/.exec(
    model,
  );
  return source ? `.${source[1]}.${source[2]}` : undefined;
}

/**
 * What a run needs from dbt's manifest.json: the nodes' names and relations,
 * and which model or source each test is on.
 */
export class DbtManifest {
  private constructor(
    private readonly nodes: JsonRecord,
    private readonly sources: JsonRecord,
    private readonly unitTests: JsonRecord,
    readonly invocationId: string | undefined,
  ) {}

  /** No manifest: names come from unique_ids, and tests attach to nothing. */
  static readonly none = new DbtManifest({}, {}, {}, undefined);

  /** The manifest, if the document is one (else a problem says why not). */
  static read(
    ctx: RunReadContext,
    document: unknown,
    path: JsonPath,
  ): DbtManifest | undefined {
    const metadata = dbtArtifactMetadata(ctx, document, path, 'manifest');
    if (!metadata) return undefined;
    const read = (key: string) =>
      recordField(ctx, document, key, path, { required: key === 'nodes' }) ??
      {};
    return new DbtManifest(
      read('nodes'),
      read('sources'),
      read('unit_tests'),
      textOf(own(metadata, 'invocation_id')),
    );
  }

  node(uniqueId: string): JsonRecord | undefined {
    const node =
      own(this.nodes, uniqueId) ??
      own(this.sources, uniqueId) ??
      own(this.unitTests, uniqueId);
    return isRecord(node) ? node : undefined;
  }

  name(uniqueId: string): string {
    return (
      textOf(own(this.node(uniqueId), 'name')) ?? nameFromUniqueId(uniqueId)
    );
  }

  /**
   * The model, seed, snapshot or source a test is on: its `attached_node`
   * (dbt 1.5+), else the one dataset node it depends on, else the one its
   * `model` argument names (a relationships test depends on two), else the
   * first.
   */
  testTarget(testId: string): string | undefined {
    const node = this.node(testId);
    if (!node) return undefined;
    const attached = own(node, 'attached_node');
    if (typeof attached === 'string' && this.node(attached)) return attached;
    const dependsOn = own(own(node, 'depends_on'), 'nodes');
    const candidates = (Array.isArray(dependsOn) ? dependsOn : [])
      .slice(0, 50)
      .filter((id): id is string => typeof id === 'string')
      .filter(isDatasetNode);
    if (candidates.length <= 1) return candidates[0];
    const named = namedInTestArgument(node);
    return candidates.find(id => named && id.endsWith(named)) ?? candidates[0];
  }

  /**
   * The model a unit test tests: its `model`, else the name in its
   * unique_id (`unit_test.<project>.<model>.<test>`).
   */
  unitTestTarget(unitTestId: string): string | undefined {
    const [, project, modelName] = unitTestId.split('.');
    const model = textOf(own(this.node(unitTestId), 'model')) ?? modelName;
    return project && model ? `model.${project}.${model}` : undefined;
  }

  /** The relation a node is built as: its `relation_name`, else database.schema.alias. */
  relation(uniqueId: string): string | undefined {
    const node = this.node(uniqueId);
    if (!node) return undefined;
    const relationName = textOf(own(node, 'relation_name'));
    if (relationName) return relationName;
    if (own(own(node, 'config'), 'materialized') === 'ephemeral')
      return undefined;
    const parts = [
      own(node, 'database'),
      own(node, 'schema'),
      own(node, 'alias') ?? own(node, 'identifier') ?? own(node, 'name'),
    ].filter((part): part is string => typeof part === 'string' && part !== '');
    return parts.length >= 2 ? parts.join('.') : undefined;
  }

  /** The keys of a dataset node: its dbt key, and its relation's if it has one. */
  keys(uniqueId: string, resultRelation?: string): string[] {
    const relation = resultRelation ?? this.relation(uniqueId);
    return relation
      ? [datasetKeys.dbt(uniqueId), datasetKeys.relation(relation)]
      : [datasetKeys.dbt(uniqueId)];
  }
}
