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

import { JsonPath, RunReadContext } from './readContext';
import { own } from './values';

/**
 * Timestamps as the tools write them: ISO 8601 with `T` or a space (GX 1.x's
 * `2026-01-20 12:57:48.977036+00:00`), any number of fraction digits, `Z`,
 * `+00:00`, `+0000` or no zone (read as UTC, not as the reader's local time,
 * so that a browser and a backend agree); and GX's compact
 * `20200322T170247.671855Z` run names.
 */
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const COMPACT_TIME =
  /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return (
    sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0))
  );
}

/** A tool's timestamp as ISO 8601 in UTC (`2024-12-17T10:03:22.793Z`), or undefined. */
export function isoTimeOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const text = value.trim();
  const match = ISO_TIME.exec(text) ?? COMPACT_TIME.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const parts = [year, month, day, hour ?? '0', minute ?? '0', second ?? '0'];
  const [y, mo, d, h, mi, s] = parts.map(Number);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23)
    return undefined;
  if (mi > 59 || s > 60) return undefined;
  const ms = Number(`0.${fraction ?? '0'}`) * 1000;
  const time =
    Date.UTC(y, mo - 1, d, h, mi, s, Math.floor(ms)) -
    offsetMinutes(zone) * 60_000;
  // Date.UTC rolls 31 February over into March: that is not a date.
  if (
    Number.isNaN(time) ||
    new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d
  ) {
    return undefined;
  }
  return new Date(time).toISOString();
}

/** A time field, as ISO in UTC; a value that is not a time is a problem. */
export function timeField(
  ctx: RunReadContext,
  record: unknown,
  key: string,
  path: JsonPath,
  options: { required?: boolean } = {},
): string | undefined {
  const value = own(record, key);
  const time = isoTimeOf(value);
  if (time) return time;
  if ((value !== undefined && value !== null) || options.required) {
    ctx.wrong(
      [...path, key],
      value,
      'a timestamp in ISO 8601, such as 2026-12-07T02:00:00Z',
    );
  }
  return undefined;
}

/** The later of two ISO times in UTC (they compare as text); either may be absent. */
export function laterOf(
  a: string | undefined,
  b: string | undefined,
): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a >= b ? a : b;
}
