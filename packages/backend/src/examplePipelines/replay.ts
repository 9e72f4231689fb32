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

// ISO 8601 timestamps as dbt and OpenLineage write them.
const TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Every timestamp in a JSON document, in document order. */
function timestamps(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'string' && TIMESTAMP.test(value)) {
    found.push(Date.parse(value));
  } else if (Array.isArray(value)) {
    for (const item of value) timestamps(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) timestamps(item, found);
  }
  return found;
}

/** The document with every timestamp moved by `deltaMs`, written in UTC. */
function shifted(value: unknown, deltaMs: number): unknown {
  if (typeof value === 'string' && TIMESTAMP.test(value)) {
    return new Date(Date.parse(value) + deltaMs).toISOString();
  }
  if (Array.isArray(value)) return value.map(item => shifted(item, deltaMs));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, shifted(item, deltaMs)]),
    );
  }
  return value;
}

/**
 * The example runs as if they had just finished: each tool's output keeps
 * its shape and its times relative to each other, and its latest time
 * becomes `endedAt`. A replayed example stays as fresh as its SLA needs.
 */
export function replayedAt<T>(documents: T, endedAt: Date): T {
  const latest = Math.max(...timestamps(documents));
  if (!Number.isFinite(latest)) return documents;
  return shifted(documents, endedAt.getTime() - latest) as T;
}
