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

import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { resolveProductRef } from '@meshwork/plugin-data-products-common';

/** What a notification names of a product: its title and who owns it. */
export interface ProductContext {
  title?: string;
  /** The owner as a full ref, when the product names one that parses. */
  ownerRef?: string;
}

function ownerOf(product: Entity): string | undefined {
  const owner = product.spec?.owner;
  if (typeof owner !== 'string' || owner === '') return undefined;
  try {
    return stringifyEntityRef(resolveProductRef(product, owner, 'Group'));
  } catch {
    return undefined; // has-owner names the broken ref
  }
}

/** The title and owner of each product, by full ref. */
export function productContexts(
  products: ReadonlyArray<Entity>,
): Map<string, ProductContext> {
  return new Map(
    products.map(product => [
      stringifyEntityRef(product),
      { title: product.metadata.title, ownerRef: ownerOf(product) },
    ]),
  );
}
