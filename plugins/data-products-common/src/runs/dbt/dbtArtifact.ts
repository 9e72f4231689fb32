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

import { JsonPath, RunReadContext } from '../readContext';
import { timeField } from '../times';
import {
  JsonRecord,
  isRecord,
  listField,
  own,
  recordField,
  textField,
} from '../values';

/** The dbt artifacts Meshwork reads, as their schema URLs name them. */
export type DbtArtifact = 'run-results' | 'manifest' | 'sources';

const FILE_NAMES: Record<DbtArtifact, string> = {
  'run-results': 'run_results.json',
  manifest: 'manifest.json',
  sources: 'sources.json',
};

/** The newest version of each, for the examples in messages. */
const NEWEST: Record<DbtArtifact, number> = {
  'run-results': 6,
  manifest: 12,
  sources: 3,
};

const SCHEMA_URL = /\/dbt\/([a-z-]+)\/v(\d+)\.json$/i;

/**
 * The metadata of a dbt artifact, once it is known to be the one expected.
 * dbt names an artifact's kind and version by `metadata.dbt_schema_version`
 * (`https://schemas.getdbt.com/dbt/run-results/v6.json`), never by
 * `dbt_version`. Any version is read: the fields Meshwork uses have kept
 * their names from run-results v2 and manifest v2 to run-results v6 and
 * manifest v12, and a field a newer version changed is reported where it is
 * read. Another artifact in its place (a manifest given as run results) is
 * a problem, and nothing of it is read.
 */
export function dbtArtifactMetadata(
  ctx: RunReadContext,
  document: unknown,
  path: JsonPath,
  expected: DbtArtifact,
): JsonRecord | undefined {
  const fileName = FILE_NAMES[expected];
  if (!isRecord(document)) {
    ctx.wrong(path, document, `the JSON of dbt's ${fileName}`);
    return undefined;
  }
  const metadata = recordField(ctx, document, 'metadata', path, {
    required: true,
  });
  const version = own(metadata, 'dbt_schema_version');
  const match = typeof version === 'string' ? SCHEMA_URL.exec(version) : null;
  const example = `https://schemas.getdbt.com/dbt/${expected}/v${NEWEST[expected]}.json`;
  if (!match) {
    if (metadata) {
      ctx.wrong(
        [...path, 'metadata', 'dbt_schema_version'],
        version,
        `dbt's schema URL of ${fileName}, such as ${example}; read as ${fileName} anyway`,
      );
    }
    return metadata ?? {};
  }
  if (match[1].toLowerCase() !== expected) {
    ctx.wrong(
      [...path, 'metadata', 'dbt_schema_version'],
      version,
      `the schema of ${fileName}, such as ${example}; this file was not read`,
    );
    return undefined;
  }
  return metadata ?? {};
}

/** What run_results.json and sources.json share: their invocation, its time, their results. */
export type DbtResults = {
  invocationId?: string;
  /** `metadata.generated_at`: when dbt wrote the file, at the end of the run. */
  finishedAt?: string;
  results: unknown[];
};

/**
 * The invocation, time and results of run_results.json or sources.json, once
 * the document is known to be one; undefined (and a problem) if it is not.
 */
export function dbtResults(
  ctx: RunReadContext,
  document: unknown,
  path: JsonPath,
  expected: 'run-results' | 'sources',
): DbtResults | undefined {
  const metadata = dbtArtifactMetadata(ctx, document, path, expected);
  if (!metadata) return undefined;
  const metaPath = [...path, 'metadata'];
  // `dbt source freshness` files have been seen without an invocation id.
  const invocationId = textField(ctx, metadata, 'invocation_id', metaPath, {
    required: expected === 'run-results',
  });
  const finishedAt = timeField(ctx, metadata, 'generated_at', metaPath);
  const results = listField(ctx, document, 'results', path, { required: true });
  return {
    ...(invocationId ? { invocationId } : {}),
    ...(finishedAt ? { finishedAt } : {}),
    results: results ?? [],
  };
}
