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

import type { Entity } from '@backstage/catalog-model';
import { describePort } from '@meshwork/plugin-data-products-common';
import {
  inputPortsOf,
  portReadBy,
  productKey,
  upstreamKeyOf,
} from './portReads';
import { lineageKey } from './walkLineage';

/** The key of the lineage edge from a reader to the product it reads. */
export function edgeKey(readerRef: string, upstreamRef: string): string {
  return `${lineageKey(readerRef)} ${lineageKey(upstreamRef)}`;
}

/**
 * What each reader among `products` reads of each product it reads, as
 * people write ports (`orders v2.0.0`, several joined by commas), by
 * {@link edgeKey}: the port version its input port resolves to, or what the
 * input port asks for when the upstream is not among them (or has no such
 * port). An input port naming no port adds nothing.
 */
export function lineagePortLabels(products: Entity[]): Map<string, string> {
  const byKey = new Map(
    products.map(product => [productKey(product), product]),
  );
  const ports = new Map<string, Set<string>>();
  for (const reader of products) {
    for (const input of inputPortsOf(reader)) {
      const upstream = upstreamKeyOf(reader, input);
      if (!upstream || !input.port) continue;
      const read = portReadBy(input, byKey.get(upstream)) ?? {
        name: input.port,
        version: input.version,
      };
      const key = edgeKey(productKey(reader), upstream);
      ports.set(key, (ports.get(key) ?? new Set()).add(describePort(read)));
    }
  }
  return new Map(
    [...ports].map(([key, names]) => [key, [...names].join(', ')]),
  );
}
