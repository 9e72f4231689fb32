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
import { JsonPath, RunReadContext } from '../readContext';
import { openLineageDatasetKeys } from '../storeKeys';
import { timeField } from '../times';
import { RunReadResult, ToolDatasetRole } from '../types';
import {
  isRecord,
  itemsOf,
  lookup,
  listField,
  own,
  recordField,
  textField,
  textOf,
} from '../values';
import { EVENT_STATES, OpenLineageRun } from './OpenLineageRun';
import { datasetChecks, lastUpdatedOf } from './olFacets';
import { runLink, symlinkKeys } from './olIdentity';
import { runTestChecks } from './olTestFacet';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads one RunEvent into the runs, grouped by job and runId. */
function readEvent(
  ctx: RunReadContext,
  event: unknown,
  path: JsonPath,
  runs: Map<string, OpenLineageRun>,
): void {
  if (!isRecord(event)) {
    ctx.wrong(
      path,
      event,
      'an OpenLineage RunEvent (eventType, eventTime, run, job)',
    );
    return;
  }
  if (
    own(event, 'run') === undefined &&
    own(event, 'eventType') === undefined
  ) {
    const kind =
      own(event, 'dataset') !== undefined ? 'a DatasetEvent' : 'a JobEvent';
    ctx.problem(
      path,
      `found ${kind}, which has no run; expected a RunEvent (only runs are read)`,
    );
    return;
  }
  const rawType = own(event, 'eventType');
  const state =
    typeof rawType === 'string'
      ? lookup(EVENT_STATES, rawType.trim().toUpperCase())
      : undefined;
  if (rawType !== undefined && !state) {
    ctx.wrong(
      [...path, 'eventType'],
      rawType,
      `one of ${Object.keys(EVENT_STATES).join(', ')}`,
    );
  }
  const time = timeField(ctx, event, 'eventTime', path, { required: true });
  const run = recordField(ctx, event, 'run', path, { required: true });
  const runId = textField(ctx, run, 'runId', [...path, 'run'], {
    required: true,
  });
  if (runId && !UUID.test(runId)) {
    ctx.wrong(
      [...path, 'run', 'runId'],
      runId,
      'a UUID; read as the run id anyway',
    );
  }
  const job = recordField(ctx, event, 'job', path, { required: true });
  const jobPath = [...path, 'job'];
  const jobNamespace = textField(ctx, job, 'namespace', jobPath, {
    required: true,
  });
  const jobName = textField(ctx, job, 'name', jobPath, { required: true });
  const jobLabel =
    jobNamespace && jobName ? `${jobNamespace}/${jobName}` : undefined;
  // An event without a runId is a run of its own: it can't be joined to others.
  const groupKey = runId
    ? `${jobLabel ?? ''}\u0000${runId}`
    : `\u0001${runs.size}`;
  let openLineageRun = runs.get(groupKey);
  if (!openLineageRun) {
    openLineageRun = new OpenLineageRun(ctx, runId, jobLabel);
    runs.set(groupKey, openLineageRun);
  }
  openLineageRun.applyEvent(state ?? 'other', time);
  openLineageRun.linkTo(runLink(run, job));
  const runFacets = own(run, 'facets');
  const failureMessage = textOf(own(own(runFacets, 'errorMessage'), 'message'));
  const runChecks = runTestChecks(ctx, runFacets, [...path, 'run', 'facets']);
  if (runChecks.length > 0 && jobNamespace && jobName) {
    const jobDataset = openLineageRun.datasets.dataset(
      `job ${jobLabel}`,
      [datasetKeys.openLineageJob(jobNamespace, jobName)],
      'checked',
    );
    openLineageRun.addChecks(jobDataset, runChecks, time);
  }
  for (const side of ['inputs', 'outputs'] as const) {
    const list = listField(ctx, event, side, path) ?? [];
    for (const [dataset, datasetPath] of itemsOf(ctx, list, [...path, side])) {
      if (!isRecord(dataset)) {
        ctx.wrong(datasetPath, dataset, 'a dataset (namespace, name, facets)');
        continue;
      }
      const namespace = textField(ctx, dataset, 'namespace', datasetPath, {
        required: true,
      });
      const name = textField(ctx, dataset, 'name', datasetPath, {
        required: true,
      });
      if (!namespace || !name) continue;
      const checks = datasetChecks(ctx, dataset, datasetPath, failureMessage);
      // An input with assertions on it was tested (a test or validation job), not only read.
      let role: ToolDatasetRole = checks.length > 0 ? 'checked' : 'input';
      if (side === 'outputs') role = 'output';
      const found = openLineageRun.datasets.dataset(
        `${namespace}/${name}`,
        [...openLineageDatasetKeys(namespace, name), ...symlinkKeys(dataset)],
        role,
      );
      openLineageRun.addChecks(found, checks, time);
      openLineageRun.datasets.sawDataAt(found, lastUpdatedOf(dataset));
      if (side === 'outputs' && state === 'complete') {
        openLineageRun.datasets.sawDataAt(found, time);
      }
    }
  }
}

/**
 * Reads OpenLineage RunEvents, one or a list (as an HTTP transport posts
 * them), leniently against spec 2-0-2: only the fields used are checked
 * (eventType, eventTime, run.runId, job.namespace/name, the datasets'
 * namespace/name); facets of any version are read where they are known and
 * otherwise left alone. Events are grouped into runs by job and runId. A
 * COMPLETE event's outputs get its eventTime as `newestDataAt`; FAIL and
 * ABORT make the run fail; inputs are read as `input`, or `checked` when
 * they carry assertions (a test or validation job). Checks come from
 * `dataQualityAssertions` and the legacy `greatExpectations_assertions`
 * (under `facets`, `inputFacets` or `outputFacets`) and from the run's
 * `test` facet, on a dataset labelled `job <namespace>/<name>`. Never throws.
 * @public
 */
export function readOpenLineageEvents(events: unknown): RunReadResult {
  const ctx = new RunReadContext();
  const runs = new Map<string, OpenLineageRun>();
  if (Array.isArray(events)) {
    for (const [event, path] of itemsOf(ctx, events, [])) {
      readEvent(ctx, event, path, runs);
    }
  } else if (ctx.visit([])) {
    readEvent(ctx, events, [], runs);
  }
  return {
    runs: [...runs.values()].map(run => run.toRun()),
    problems: ctx.problems(),
  };
}
