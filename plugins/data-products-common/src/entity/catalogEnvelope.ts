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

import {
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  entityEnvelopeSchemaValidator,
  entitySchemaValidator,
  FieldFormatEntityPolicy,
  makeValidator,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import type { Entity, EntityPolicy } from '@backstage/catalog-model';
import { catalogErrorProblem } from './catalogErrorProblem';
import { DataProductProblem } from './problems';

type Check = (entity: Entity) => Entity | Promise<Entity>;

let checks: Check[] | undefined;

/**
 * The catalog's own checks of an entity's envelope, in the order the
 * catalog runs them on a document read from a catalog-info.yaml:
 * - the envelope schema, when the location's entities are collected
 *   (`ProcessorOutputCollector`), which then turns missing annotations
 *   into an empty map and refuses annotations that are not a map;
 * - the entity policies `CatalogBuilder` installs by default, in its order;
 * - the entity schema, before the kind's processors validate it.
 * Built on first use: the portal's pages load this package and never call it.
 */
function catalogChecks(): Check[] {
  if (checks) return checks;
  const envelope = entityEnvelopeSchemaValidator();
  const entitySchema = entitySchemaValidator();
  const policies: EntityPolicy = EntityPolicies.allOf([
    new SchemaValidEntityPolicy(),
    new DefaultNamespaceEntityPolicy(),
    new NoForeignRootFieldsEntityPolicy(),
    new FieldFormatEntityPolicy(makeValidator()),
  ]);
  checks = [
    entity => envelope(entity) as Entity,
    entity => {
      const annotations = entity.metadata.annotations || {};
      if (typeof annotations !== 'object' || Array.isArray(annotations)) {
        throw new Error('metadata.annotations must be a valid object');
      }
      return { ...entity, metadata: { ...entity.metadata, annotations } };
    },
    async entity => (await policies.enforce(entity)) as Entity,
    entity => entitySchema(entity),
  ];
  return checks;
}

/**
 * The problem, if any, for which the catalog refuses a document while it
 * reads the file: the envelope schema (apiVersion, kind, metadata.name and
 * namespace as text) and annotations that are not a map. Unlike the other
 * checks, which refuse one entity, such a problem makes the catalog store
 * nothing read from that file, its valid documents included.
 * @public
 */
export function fileEnvelopeProblem(
  document: unknown,
): DataProductProblem | undefined {
  const error = firstFailureSync(document, catalogChecks().slice(0, 2));
  return error ? catalogErrorProblem(error, document) : undefined;
}

/** A path the catalog can't do without: nothing after it can be judged. */
function isEssential(path: ReadonlyArray<string | number>): boolean {
  const field = path.join('.');
  return ['', 'apiVersion', 'kind', 'metadata', 'metadata.name'].includes(
    field,
  );
}

/**
 * A copy of the document without the field a problem is about, so the
 * next round of checks can find the next problem. A bad list item takes
 * its whole list out: the next items' indexes would no longer match.
 */
function withoutField(
  entity: unknown,
  path: ReadonlyArray<string | number>,
): unknown | undefined {
  const listAt = path.findIndex(segment => typeof segment === 'number');
  const cut = listAt >= 0 ? path.slice(0, listAt) : path;
  if (isEssential(cut)) return undefined;
  const copy = structuredClone(entity) as Record<string, unknown>;
  let parent: unknown = copy;
  for (const segment of cut.slice(0, -1)) {
    parent = (parent as Record<string, unknown> | undefined)?.[segment];
  }
  if (!parent || typeof parent !== 'object') return undefined;
  delete (parent as Record<string, unknown>)[cut[cut.length - 1]];
  return copy;
}

/** Rounds of checks at most: each finds one problem. */
const MAX_ROUNDS = 20;

/**
 * Every envelope problem the catalog would refuse the document for: the
 * field, what was found and what was expected. It runs the catalog's own
 * validators and policies from `@backstage/catalog-model`, so its verdict is
 * the catalog's; as those stop at the first problem, it runs them again
 * without each field found wrong, to name the others too. Empty when the
 * catalog accepts the envelope.
 * @public
 */
export async function catalogEnvelopeProblems(
  document: unknown,
): Promise<DataProductProblem[]> {
  const problems: DataProductProblem[] = [];
  let current: unknown = document;
  for (let round = 0; round < MAX_ROUNDS && current !== undefined; round++) {
    const error = await firstFailure(current);
    if (!error) break;
    const problem = catalogErrorProblem(error, current);
    if (problems.some(p => p.field === problem.field)) break;
    problems.push(problem);
    current = withoutField(current, problem.path);
  }
  return problems;
}

function asError(error: unknown): Error {
  // Not instanceof: the catalog's errors may come from another realm.
  const message = (error as { message?: unknown } | undefined)?.message;
  return new Error(typeof message === 'string' ? message : String(error));
}

/** The first failure of checks that answer at once (no policies among them). */
function firstFailureSync(document: unknown, some: Check[]): Error | undefined {
  let entity = document as Entity;
  try {
    for (const check of some) entity = check(entity) as Entity;
    return undefined;
  } catch (error) {
    return asError(error);
  }
}

async function firstFailure(document: unknown): Promise<Error | undefined> {
  let entity = document as Entity;
  try {
    for (const check of catalogChecks()) entity = await check(entity);
    return undefined;
  } catch (error) {
    return asError(error);
  }
}
