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

import { type Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  findOutputPort,
  portKey,
  resolveProductRef,
  type InputPort,
  type OutputPort,
} from '@meshwork/plugin-data-products-common';
import { lineageKey } from './walkLineage';

/**
 * Which version of which port an input port reads, worked out from the two
 * products' specs as the scorecard works it out (findOutputPort): the pages
 * and the rules never disagree on it. Entities may come from a catalog
 * query that asked for a few fields only.
 */

/** A product's input ports; none when the answer left them out. */
export function inputPortsOf(product: Entity): InputPort[] {
  return (product.spec?.inputPorts ?? []) as InputPort[];
}

/** A product's output ports; none when the answer left them out. */
export function outputPortsOf(product: Entity): OutputPort[] {
  return (product.spec?.outputPorts ?? []) as OutputPort[];
}

/** A product's ref, in the case the catalog compares refs in. */
export function productKey(product: Entity): string {
  return lineageKey(stringifyEntityRef(product));
}

/** The ref of the product an input port reads, or undefined (none, or malformed). */
export function upstreamKeyOf(
  reader: Entity,
  input: InputPort,
): string | undefined {
  if (!input.dataProduct) return undefined;
  try {
    const ref = resolveProductRef(reader, input.dataProduct, 'DataProduct');
    return lineageKey(stringifyEntityRef(ref));
  } catch {
    return undefined; // a malformed ref reads nothing; the inputs-resolve rule names it
  }
}

/** The output port version an input port reads, if its upstream has it. */
export function portReadBy(
  input: InputPort,
  upstream: Entity | undefined,
): OutputPort | undefined {
  if (!input.port || !upstream) return undefined;
  return findOutputPort(outputPortsOf(upstream), input.port, input.version);
}

/** A data product reading an output port version, and the input port it reads it with. */
export interface PortReader {
  product: Entity;
  inputPort: InputPort;
}

/**
 * The readers of each of `product`'s output port versions, by `portKey`:
 * every input port of `readers` that names the product and one of its
 * ports. A reader without a version reads the newest port that is not
 * deprecated, so only readers that pinned an old major still read one.
 */
export function readersByPort(
  product: Entity,
  readers: Entity[],
): Map<string, PortReader[]> {
  const self = productKey(product);
  const byPort = new Map<string, PortReader[]>();
  for (const reader of readers) {
    for (const inputPort of inputPortsOf(reader)) {
      if (upstreamKeyOf(reader, inputPort) !== self) continue;
      const read = portReadBy(inputPort, product);
      if (!read) continue;
      const key = portKey(read);
      byPort.set(key, [
        ...(byPort.get(key) ?? []),
        { product: reader, inputPort },
      ]);
    }
  }
  return byPort;
}
