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
import type { CompoundEntityRef, Entity } from '@backstage/catalog-model';
import { v5 as uuidv5 } from 'uuid';
import { ANNOTATION_ODPS_ID } from '../entity';

/**
 * The UUID namespace of ODPS ids derived from entity refs. Never change it:
 * every exported id of a product without a `meshwork.dev/odps-id` annotation
 * would change with it.
 */
const ODPS_ID_NAMESPACE = '6c8e21d3-b17a-4bbb-97db-27a819d65299';

/**
 * The ODPS `id` a product gets when it has no `meshwork.dev/odps-id`
 * annotation: a UUID v5 of its entity ref, so the same product always gets
 * the same id, in any portal. Refs are case-insensitive, and so is this.
 * @public
 */
export function derivedOdpsId(ref: CompoundEntityRef | string): string {
  const text = typeof ref === 'string' ? ref : stringifyEntityRef(ref);
  return uuidv5(text.toLocaleLowerCase('en-US'), ODPS_ID_NAMESPACE);
}

/**
 * The ODPS `id` of a data product: its `meshwork.dev/odps-id` annotation,
 * else {@link derivedOdpsId} of its ref.
 * @public
 */
export function odpsIdOf(entity: Entity): string {
  const annotated = entity.metadata.annotations?.[ANNOTATION_ODPS_ID];
  return annotated?.trim()
    ? annotated
    : derivedOdpsId(stringifyEntityRef(entity));
}
