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

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + substitution,
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The known key a misspelt one most likely meant, if any is close enough
 * (case differences count as one edit, so `OutputPorts` finds `outputPorts`).
 */
export function suggestKey(
  unknown: string,
  known: readonly string[],
): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance =
      key.toLowerCase() === unknown.toLowerCase()
        ? 1
        : editDistance(unknown.toLowerCase(), key.toLowerCase());
    if (!best || distance < best.distance) {
      best = { key, distance };
    }
  }
  const tolerance = Math.max(2, Math.floor(unknown.length / 3));
  return best && best.distance <= tolerance ? best.key : undefined;
}
