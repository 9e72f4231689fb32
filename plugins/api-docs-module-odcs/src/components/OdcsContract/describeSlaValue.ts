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

import type { OdcsSlaProperty } from '@meshwork/plugin-data-products-common';

// ODCS: "d, day, days for days; y, yr, years for years, etc." — and the
// examples use m for minutes (latency 5 m).
const UNITS: Array<[RegExp, string]> = [
  [/^(s|sec|secs|second|seconds)$/i, 'second'],
  [/^(m|min|mins|minute|minutes)$/i, 'minute'],
  [/^(h|hr|hrs|hour|hours)$/i, 'hour'],
  [/^(d|day|days)$/i, 'day'],
  [/^(w|wk|week|weeks)$/i, 'week'],
  [/^(mo|mon|month|months)$/i, 'month'],
  [/^(y|yr|yrs|year|years)$/i, 'year'],
];

/** `4 days`, `99.9%`, `1 hour` from an SLA property's value and unit. */
export function describeSlaValue(sla: OdcsSlaProperty): string {
  const { value, unit } = sla;
  let text: string;
  if (value === undefined) text = 'not given';
  else if (!unit) text = value;
  else if (/^(percent|%)$/i.test(unit)) text = `${value}%`;
  else {
    const word = UNITS.find(([pattern]) => pattern.test(unit))?.[1];
    if (!word) text = `${value} ${unit}`;
    else text = `${value} ${word}${Number(value) === 1 ? '' : 's'}`;
  }
  return sla.valueExt === undefined
    ? text
    : `${text} (extended: ${sla.valueExt})`;
}
