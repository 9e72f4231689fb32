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

import { parseEntityRef } from '@backstage/catalog-model';
import type { CompoundEntityRef, Entity } from '@backstage/catalog-model';

/**
 * The entity a data product names in one of its fields, resolved as the
 * catalog resolves it: a bare name (`domain: sales`) takes the field's
 * default kind and the product's own namespace. The catalog processor, the
 * scorecard and the pages all read references through this one function.
 * @public
 */
export function resolveProductRef(
  product: Entity,
  ref: string,
  defaultKind: string,
): CompoundEntityRef {
  return parseEntityRef(ref, {
    defaultKind,
    defaultNamespace: product.metadata.namespace ?? 'default',
  });
}
