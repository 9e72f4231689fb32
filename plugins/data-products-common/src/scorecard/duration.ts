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

const units: Record<string, number> = {
  Y: 365 * 86_400_000,
  M: 30 * 86_400_000,
  W: 7 * 86_400_000,
  D: 86_400_000,
  H: 3_600_000,
  TM: 60_000,
  S: 1000,
};

// A mesh declares a handful of distinct SLAs, read for every port on every run.
const parsedDurations = new Map<string, number | undefined>();
const MAX_REMEMBERED = 1000;

/** ISO-8601 duration (`PT24H`, `P1D`) in milliseconds; years and months are approximate. */
export function durationToMillis(duration: string): number | undefined {
  if (parsedDurations.has(duration)) return parsedDurations.get(duration);
  const millis = parseDuration(duration);
  if (parsedDurations.size < MAX_REMEMBERED) {
    parsedDurations.set(duration, millis);
  }
  return millis;
}

function parseDuration(duration: string): number | undefined {
  const match =
    /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      duration,
    );
  if (!match) return undefined;
  const [, y, mo, w, d, h, mi, s] = match;
  const parts: Array<[string | undefined, string]> = [
    [y, 'Y'],
    [mo, 'M'],
    [w, 'W'],
    [d, 'D'],
    [h, 'H'],
    [mi, 'TM'],
    [s, 'S'],
  ];
  return parts.reduce(
    (sum, [value, unit]) => sum + (value ? Number(value) * units[unit] : 0),
    0,
  );
}
