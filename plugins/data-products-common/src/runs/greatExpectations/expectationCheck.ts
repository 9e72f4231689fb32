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

import { checkName, failedStatus } from '../checks';
import { JsonPath, RunReadContext } from '../readContext';
import { ToolCheck, ToolCheckStatus } from '../types';
import { JsonRecord, countOf, isRecord, own, textOf } from '../values';

/** The column(s) an expectation is on, from its kwargs. */
function columnOf(kwargs: unknown): string | undefined {
  const column = textOf(own(kwargs, 'column'));
  if (column) return column;
  const pair = [own(kwargs, 'column_A'), own(kwargs, 'column_B')]
    .map(textOf)
    .filter(Boolean);
  if (pair.length > 0) return pair.join(', ');
  const list = own(kwargs, 'column_list');
  return Array.isArray(list)
    ? list.slice(0, 10).map(textOf).filter(Boolean).join(', ') || undefined
    : undefined;
}

/** What a failed expectation found, briefly: its unexpected count, or its observed value. */
function findingOf(result: unknown): string | undefined {
  const unexpected = countOf(own(result, 'unexpected_count'));
  const elements = countOf(own(result, 'element_count'));
  if (unexpected !== undefined) {
    return elements !== undefined
      ? `${unexpected} of ${elements} values unexpected`
      : `${unexpected} values unexpected`;
  }
  const observed = own(result, 'observed_value');
  if (typeof observed === 'number' || typeof observed === 'boolean') {
    return `observed ${observed}`;
  }
  return typeof observed === 'string'
    ? `observed ${textOf(observed) ?? '""'}`
    : undefined;
}

/**
 * The exception GX raised while validating, if any. 0.x gives one
 * `{ raised_exception, exception_message }`; later versions may give a map
 * of them keyed by the metric that raised it.
 */
function raisedException(info: unknown): JsonRecord | undefined {
  if (!isRecord(info)) return undefined;
  if (own(info, 'raised_exception') !== undefined) {
    return own(info, 'raised_exception') === true ? info : undefined;
  }
  for (const key of Object.keys(info).slice(0, 20)) {
    const metric = own(info, key);
    if (isRecord(metric) && own(metric, 'raised_exception') === true) {
      return metric;
    }
  }
  return undefined;
}

/**
 * One expectation's result as a check. Reads GX 0.x (`expectation_config.
 * expectation_type`), 1.x (`expectation_config.type`, `severity`) and the
 * `describe()` shape (`expectation_type`, `kwargs` at the top). An exception
 * raised while validating is an `error`; a failure of severity `warning` or
 * `info` (GX 1.x) a `warn`.
 */
export function expectationCheck(
  ctx: RunReadContext,
  item: unknown,
  path: JsonPath,
): ToolCheck | undefined {
  if (!isRecord(item)) {
    ctx.wrong(path, item, 'an expectation result (a map of fields)');
    return undefined;
  }
  const config = own(item, 'expectation_config');
  const type =
    textOf(own(config, 'type')) ??
    textOf(own(config, 'expectation_type')) ??
    textOf(own(item, 'expectation_type'));
  if (!type) {
    ctx.wrong(
      [...path, 'expectation_config', 'type'],
      own(config, 'type') ?? own(config, 'expectation_type'),
      'the expectation type (expectation_config.type or .expectation_type); it was not kept',
    );
    return undefined;
  }
  const exception = raisedException(own(item, 'exception_info'));
  const success = own(item, 'success');
  let status: ToolCheckStatus;
  if (exception) status = 'error';
  else if (success === true) status = 'pass';
  else if (success === false) status = failedStatus(own(config, 'severity'));
  else {
    ctx.wrong(
      [...path, 'success'],
      success,
      'true or false; the check counts as skipped',
    );
    status = 'skipped';
  }
  const result = own(item, 'result');
  const failures = countOf(own(result, 'unexpected_count'));
  const message =
    status === 'pass'
      ? undefined
      : textOf(own(exception, 'exception_message')) ?? findingOf(result);
  return {
    name: checkName(
      type,
      columnOf(own(config, 'kwargs') ?? own(item, 'kwargs')),
    ),
    status,
    kind: 'quality',
    ...(message ? { message } : {}),
    ...(failures && status !== 'pass' ? { failures } : {}),
  };
}
