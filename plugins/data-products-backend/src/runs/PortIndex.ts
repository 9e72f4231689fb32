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

import type { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  datasetKeyMatches,
  datasetKeys,
  portServerKeys,
  type OutputPort,
} from '@meshwork/plugin-data-products-common';
import { scanCatalog } from '@meshwork/plugin-data-products-node';

/** An output port a dataset can be placed on. */
export interface PortTarget {
  entityRef: string;
  port: string;
}

interface IndexedPort extends PortTarget {
  keys: string[];
}

/** A key an owner declared in `datasets`, reduced as the readers reduce theirs. */
export function declaredDatasetKey(key: string): string {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const rest = key.slice(colon + 1);
  if (kind === 'relation') return datasetKeys.relation(rest);
  if (kind === 'path') return datasetKeys.path(rest);
  if (kind === 'topic') return datasetKeys.topic(rest);
  return `${kind}:${rest.trim().toLowerCase()}`;
}

/** Every key a port is matched by: its server's, its declared datasets', its own. */
export function portKeys(productName: string, port: OutputPort): string[] {
  const keys = new Set<string>([datasetKeys.port(productName, port.name)]);
  if (port.server?.type && port.server.location) {
    for (const key of portServerKeys(port.server)) keys.add(key);
  }
  for (const key of Array.isArray(port.datasets) ? port.datasets : []) {
    if (typeof key === 'string' && key.includes(':')) {
      keys.add(declaredDatasetKey(key));
    }
  }
  return [...keys];
}

/** A relation's last two parts: the shortest tail datasetKeyMatches accepts. */
function relationTail(key: string): string | undefined {
  if (!key.startsWith('relation:')) return undefined;
  const parts = key.slice('relation:'.length).split('.');
  return parts.length >= 2 ? parts.slice(-2).join('.') : undefined;
}

/** Finds the ports of a dataset by its keys. */
export interface PortLookup {
  match(keys: string[]): PortTarget[];
}

class Lookup implements PortLookup {
  readonly #exact = new Map<string, IndexedPort[]>();
  readonly #byTail = new Map<string, IndexedPort[]>();
  readonly #pathPorts: IndexedPort[] = [];

  constructor(ports: IndexedPort[]) {
    const add = (
      map: Map<string, IndexedPort[]>,
      key: string,
      port: IndexedPort,
    ) => map.set(key, [...(map.get(key) ?? []), port]);
    for (const port of ports) {
      for (const key of port.keys) {
        add(this.#exact, key, port);
        const tail = relationTail(key);
        if (tail) add(this.#byTail, tail, port);
      }
      if (port.keys.some(key => key.startsWith('path:'))) {
        this.#pathPorts.push(port);
      }
    }
  }

  match(keys: string[]): PortTarget[] {
    const found = new Map<string, PortTarget>();
    const take = (port: IndexedPort) =>
      found.set(`${port.entityRef}\u0000${port.port}`, {
        entityRef: port.entityRef,
        port: port.port,
      });
    for (const key of keys) {
      for (const port of this.#exact.get(key) ?? []) take(port);
      const tail = relationTail(key);
      for (const port of tail ? this.#byTail.get(tail) ?? [] : []) {
        if (port.keys.some(portKey => datasetKeyMatches(portKey, key)))
          take(port);
      }
      if (key.startsWith('path:')) {
        for (const port of this.#pathPorts) {
          if (port.keys.some(portKey => datasetKeyMatches(portKey, key)))
            take(port);
        }
      }
    }
    return [...found.values()];
  }
}

/**
 * Every data product's output ports by the keys they are matched by, read
 * from the catalog with the plugin's own credentials (the caller's rights
 * are checked on what matched) and kept for `ttlMs`, so an ingest costs a
 * lookup, not a catalog scan. Exact keys are a map lookup; relations are
 * found by their last two parts, paths by prefix among the path ports.
 */
export class PortIndex {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #ttlMs: number;
  #built?: { at: number; index: Promise<Lookup> };

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    ttlMs: number;
  }) {
    return new PortIndex(options);
  }

  private constructor(options: Parameters<typeof PortIndex.create>[0]) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#ttlMs = options.ttlMs;
  }

  /** The index as it stands: `match(keys)` gives the ports a dataset belongs to. */
  current(): Promise<PortLookup> {
    return this.#lookup();
  }

  /**
   * The index read again unless it is younger than `minAgeMs`: for results
   * that matched no port, which a product registered since may claim.
   */
  refreshed(minAgeMs: number): Promise<PortLookup> {
    if (this.#built && Date.now() - this.#built.at >= minAgeMs) {
      this.#built = undefined;
    }
    return this.#lookup();
  }

  #lookup(): Promise<Lookup> {
    const now = Date.now();
    if (!this.#built || now - this.#built.at > this.#ttlMs) {
      const index = this.#read();
      this.#built = { at: now, index };
      index.catch(() => {
        if (this.#built?.index === index) this.#built = undefined;
      });
    }
    return this.#built.index;
  }

  async #read(): Promise<Lookup> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const ports: IndexedPort[] = [];
    const products = scanCatalog(this.#catalog, credentials, {
      filter: { kind: 'DataProduct' },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'spec.outputPorts',
      ],
    });
    for await (const product of products) {
      const outputPorts = (product.spec?.outputPorts ?? []) as OutputPort[];
      if (!Array.isArray(outputPorts)) continue;
      const entityRef = stringifyEntityRef(product);
      for (const port of outputPorts) {
        if (typeof port?.name !== 'string') continue;
        ports.push({
          entityRef,
          port: port.name,
          keys: portKeys(product.metadata.name, port),
        });
      }
    }
    return new Lookup(ports);
  }
}
