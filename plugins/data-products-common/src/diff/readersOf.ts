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

import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import {
  findOutputPort,
  portKey,
  resolveProductRef,
  type InputPort,
  type OutputPort,
} from '../entity';

/**
 * Which products read which port of `product`: port key (`orders@1`) to
 * the readers' full refs. An input port reads the version its major names,
 * or without one the newest that is not deprecated, as the scorecard reads it.
 */
export function readersOf(
  product: Entity,
  readers: ReadonlyArray<Entity>,
): Map<string, string[]> {
  const own = stringifyEntityRef(product);
  const ports = (product.spec?.outputPorts ?? []) as OutputPort[];
  const byPort = new Map<string, string[]>();
  for (const reader of readers) {
    const ref = stringifyEntityRef(reader);
    const inputs = (reader.spec?.inputPorts ?? []) as InputPort[];
    for (const input of inputs) {
      if (!input.dataProduct || !input.port) continue;
      let upstream: string;
      try {
        upstream = stringifyEntityRef(
          resolveProductRef(reader, input.dataProduct, 'DataProduct'),
        );
      } catch {
        continue; // a malformed ref is the reader's own scorecard's to report
      }
      if (upstream !== own) continue;
      const read = findOutputPort(ports, input.port, input.version);
      if (!read) continue;
      const key = portKey(read);
      const list = byPort.get(key) ?? [];
      if (!list.includes(ref)) list.push(ref);
      byPort.set(key, list);
    }
  }
  return byPort;
}
