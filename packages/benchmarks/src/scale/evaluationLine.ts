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

/** The full evaluation's closing line: "Evaluated N data products, …" (not "N changed data products"). */
export const FULL_EVALUATION_LINE = /^Evaluated (\d+) data products\b/;

export interface FullEvaluationLine {
  products: number;
  /** The run's time as the line gives it ("… in 21.5 s"), in seconds. */
  totalSeconds?: number;
  /** The parts of the run's time the line gives, in its order, in seconds. */
  parts: Array<{ part: string; seconds: number }>;
}

const seconds = (value: string, unit: string) =>
  Number(value) / (unit === 'ms' ? 1000 : 1);
/** The total before the parts: "… gone from the catalog in 21.5 s (…". */
const TOTAL = /\bin (\d+(?:\.\d+)?) ?(ms|s)\b/;
/** One part of a list such as "(catalog read 1.2 s, facts 80 ms)". */
const PART = /^([a-z][a-z -]*?)\s*[:=]?\s*(\d+(?:\.\d+)?)\s*(ms|s)$/i;

/**
 * Reads ScorecardEvaluator.evaluateAll's log line: how many products, its
 * time and the parts it names ("… in 1.9 s (catalog read 1.2 s, facts
 * 80 ms, …)"). A line without times gives none; the benchmark then prints
 * the time it measured itself.
 */
export function readFullEvaluationLine(
  message: string,
): FullEvaluationLine | undefined {
  const match = FULL_EVALUATION_LINE.exec(message);
  if (!match) return undefined;
  const [head] = message.split('(');
  const total = TOTAL.exec(head);
  const parts = message
    .split(/[,;()]/)
    .map(segment => PART.exec(segment.trim()))
    .filter((part): part is RegExpExecArray => !!part)
    .map(([, part, value, unit]) => ({ part, seconds: seconds(value, unit) }));
  return {
    products: Number(match[1]),
    ...(total && { totalSeconds: seconds(total[1], total[2]) }),
    parts,
  };
}
