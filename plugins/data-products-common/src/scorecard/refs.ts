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

import { stringifyEntityRef } from '@backstage/catalog-model';
import { resolveProductRef } from '../entity/resolveProductRef';
import type { Entity } from '@backstage/catalog-model';
import type { RuleContext } from './types';

/** The catalog entity a product's field names, resolved as the catalog resolves it. */
export function resolveRef(
  context: RuleContext,
  ref: string,
  defaultKind: string,
): Entity | undefined {
  let parsed;
  try {
    parsed = resolveProductRef(context.entity, ref, defaultKind);
  } catch {
    return undefined; // an unparseable ref names nothing; the rule says so
  }
  // A failing lookup is the platform's fault, not the owner's: let it throw,
  // so the rule reports `error` rather than `fail`.
  return context.findEntity(stringifyEntityRef(parsed));
}
