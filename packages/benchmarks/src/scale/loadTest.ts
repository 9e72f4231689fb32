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

import { percentile } from '../measure';

/** A replica to send requests to, as a signed-in user. */
export interface LoadTarget {
  baseUrl: string;
  token: string;
}

export interface LoadResult {
  /** Of each request answered 2xx, from sending to the whole body read. */
  latenciesMs: number[];
  /** Requests answered otherwise, or not at all. */
  errors: number;
  /** What went wrong, with how often. */
  errorKinds: Map<string, number>;
  seconds: number;
}

/**
 * `clients` clients, each sending its next request as soon as the last one
 * is answered, for `seconds`; client i talks to target i modulo the number
 * of targets, as a load balancer spreads users. Request n asks `route(n)`.
 */
export async function runLoad(options: {
  targets: LoadTarget[];
  clients: number;
  seconds: number;
  route: (n: number) => string;
}): Promise<LoadResult> {
  const { targets, clients, seconds, route } = options;
  const latenciesMs: number[] = [];
  const errorKinds = new Map<string, number>();
  const failed = (kind: string) =>
    errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
  let sent = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const client = async (index: number) => {
    const { baseUrl, token } = targets[index % targets.length];
    while (performance.now() < deadline) {
      const path = route(sent++);
      const before = performance.now();
      try {
        const response = await fetch(`${baseUrl}${path}`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        await response.arrayBuffer();
        if (response.ok) latenciesMs.push(performance.now() - before);
        else failed(`HTTP ${response.status}`);
      } catch (error) {
        failed(String((error as Error)?.cause ?? error));
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  const errors = [...errorKinds.values()].reduce((a, b) => a + b, 0);
  return {
    latenciesMs,
    errors,
    errorKinds,
    seconds: (performance.now() - start) / 1000,
  };
}

/** p50, p95 and the maximum of a load's answered requests, in ms. */
export function latencySummary(latenciesMs: number[]) {
  if (latenciesMs.length === 0) return undefined;
  return {
    p50: percentile(latenciesMs, 50),
    p95: percentile(latenciesMs, 95),
    max: Math.max(...latenciesMs),
  };
}
