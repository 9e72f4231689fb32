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

import { JsonRecord, isRecord, linkOf, own, textOf } from '../values';

/**
 * The suite a checkpoint's run_results entry is for: its validation_id's
 * suite, else the key's. GX writes a key as
 * `ValidationResultIdentifier::<suite as a path>/<run name>/<run time>/<batch>`,
 * where a suite `taxi.demo` is the path `taxi/demo`; some tools write
 * `suite::run::batch`.
 */
export function suiteOfKey(key: string, value: unknown): string | undefined {
  const identifier = own(
    own(value, 'validation_id'),
    'expectation_suite_identifier',
  );
  const named =
    textOf(own(identifier, 'name')) ??
    textOf(own(identifier, 'expectation_suite_name'));
  if (named) return named;
  const prefix = 'ValidationResultIdentifier::';
  if (!key.startsWith(prefix)) return textOf(key.split('::')[0]);
  const segments = key.slice(prefix.length).split('/');
  return textOf(segments.slice(0, Math.max(1, segments.length - 3)).join('.'));
}

/**
 * A data docs page a 0.x checkpoint's UpdateDataDocsAction published, if it
 * is on the web: `actions_results.update_data_docs.<site>` (a local site's
 * file:// URL is no link for anyone else).
 */
export function dataDocsLink(document: JsonRecord): string | undefined {
  const runResults = own(document, 'run_results');
  if (!isRecord(runResults)) return undefined;
  for (const key of Object.keys(runResults).slice(0, 100)) {
    const sites = own(
      own(own(runResults, key), 'actions_results'),
      'update_data_docs',
    );
    if (!isRecord(sites)) continue;
    const link = Object.keys(sites)
      .slice(0, 20)
      .map(site => linkOf(own(sites, site)))
      .find(Boolean);
    if (link) return link;
  }
  return undefined;
}
