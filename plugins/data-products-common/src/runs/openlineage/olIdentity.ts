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

import { datasetKeys } from '../datasetKeys';
import { openLineageDatasetKeys } from '../storeKeys';
import { linkOf, own, textOf } from '../values';

/**
 * The keys of a dataset's symlinks (Spark: the Hive table a path is). A
 * `TABLE` symlink names a table: its namespace is a metastore or warehouse,
 * never a folder the name is a file in, so it gives no `path:` key.
 */
export function symlinkKeys(dataset: unknown): string[] {
  const identifiers = own(
    own(own(dataset, 'facets'), 'symlinks'),
    'identifiers',
  );
  if (!Array.isArray(identifiers)) return [];
  return identifiers.slice(0, 20).flatMap(identifier => {
    const namespace = textOf(own(identifier, 'namespace'));
    const name = textOf(own(identifier, 'name'));
    if (!namespace || !name) return [];
    return own(identifier, 'type') === 'TABLE'
      ? [datasetKeys.openLineage(namespace, name), datasetKeys.relation(name)]
      : openLineageDatasetKeys(namespace, name);
  });
}

/**
 * A run's link: the task's log in Airflow (the `airflow` run facet's
 * `taskInstance.log_url`, read though the facet is otherwise left alone),
 * else the job's source code (SourceCodeLocationJobFacet), if http(s).
 */
export function runLink(run: unknown, job: unknown): string | undefined {
  const taskInstance = own(own(own(run, 'facets'), 'airflow'), 'taskInstance');
  const location = own(own(job, 'facets'), 'sourceCodeLocation');
  return (
    linkOf(own(taskInstance, 'log_url')) ??
    linkOf(own(location, 'url')) ??
    linkOf(own(location, 'repoUrl'))
  );
}
