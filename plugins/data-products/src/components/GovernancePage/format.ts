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

/** The day of an ISO timestamp, as in `2026-11-21`: unambiguous in every locale. */
export function isoDay(timestamp: string): string {
  return timestamp.slice(0, 10);
}

/** A change of average score, as the rollups show it. */
export interface ScoreTrend {
  symbol: string;
  /** What a screen reader says, and the tooltip. */
  description: string;
}

/** `↑ +4`, `↓ −3` or `—` for an average score against the one `since`. */
export function describeTrend(
  averageScore: number,
  previousAverageScore: number | undefined,
  since: string,
): ScoreTrend {
  const day = isoDay(since);
  if (previousAverageScore === undefined) {
    return { symbol: '—', description: `No score on ${day} to compare with` };
  }
  const delta = Math.round(averageScore - previousAverageScore);
  if (delta > 0) {
    return {
      symbol: `↑ +${delta}`,
      description: `Up ${delta} points since ${day}`,
    };
  }
  if (delta < 0) {
    return {
      symbol: `↓ −${-delta}`,
      description: `Down ${-delta} points since ${day}`,
    };
  }
  return { symbol: '—', description: `Unchanged since ${day}` };
}
