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

import { describeValue, escapeControlCharacters } from '../entity/problems';
import { RunProblem } from './types';

/**
 * What one read may cost, so that a hostile or runaway file (a million
 * results, a list of a million junk events) ends in a problem, not a stalled
 * backend: checks kept, list items looked at, problems listed, and the
 * length of any text taken from the input.
 * @public
 */
export const RUN_READ_LIMITS = {
  checks: 100_000,
  items: 1_000_000,
  problems: 100,
  textLength: 2_000,
};

/** A path into the input, as keys and list indexes. */
export type JsonPath = ReadonlyArray<string | number>;

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** `['results', 3, 'status']` → `results[3].status`; odd keys quoted: `run_results["a::b"]`. */
export function formatRunPath(path: JsonPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(clip(segment, 120))}]`;
  }
  return escapeControlCharacters(text || '(document)');
}

/** Text cut to `max` characters, marked with an ellipsis when cut. */
export function clip(text: string, max = RUN_READ_LIMITS.textLength): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** How a found value reads in a message: as a DataProduct problem says it, long strings cut. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  return describeValue(typeof value === 'string' ? clip(value, 80) : value);
}

/**
 * The problems and budgets of one read. Every reader threads one through,
 * so that limits hold across files and events, not per list.
 */
export class RunReadContext {
  private readonly listed: RunProblem[] = [];
  private unlisted = 0;
  private items = 0;
  private checks = 0;
  private exhausted = false;

  /**
   * Records a problem at `path`; past the limit, only counts it, unless it
   * says the read stopped short (`always`): that one is always listed.
   */
  problem(path: JsonPath, text: string, always = false): void {
    if (!always && this.listed.length >= RUN_READ_LIMITS.problems) {
      this.unlisted += 1;
      return;
    }
    const where = formatRunPath(path);
    this.listed.push({
      path: where,
      message: escapeControlCharacters(`${where}: ${text}`),
    });
  }

  /** The wrong value at `path`: what was found, and what was expected. */
  wrong(path: JsonPath, found: unknown, expected: string): void {
    this.problem(path, `found ${describeFound(found)}, expected ${expected}`);
  }

  /** Counts one list item about to be read; false once the budget is spent. */
  visit(path: JsonPath): boolean {
    if (this.exhausted) return false;
    this.items += 1;
    if (this.items > RUN_READ_LIMITS.items) {
      this.exhausted = true;
      this.problem(
        path,
        `more than ${RUN_READ_LIMITS.items} items to read; the rest of the input was not read`,
        true,
      );
      return false;
    }
    return true;
  }

  /** Counts one check about to be kept; false once the limit is reached. */
  keepCheck(path: JsonPath): boolean {
    if (this.checks >= RUN_READ_LIMITS.checks) {
      if (this.checks === RUN_READ_LIMITS.checks) {
        this.problem(
          path,
          `more than ${RUN_READ_LIMITS.checks} checks in one read; this one and the rest were not kept`,
          true,
        );
        this.checks += 1;
      }
      return false;
    }
    this.checks += 1;
    return true;
  }

  /** The problems, with a last line counting those not listed. */
  problems(): RunProblem[] {
    if (this.unlisted === 0) return [...this.listed];
    return [
      ...this.listed,
      {
        path: '(document)',
        message: `(document): ${this.unlisted} more problems not listed`,
      },
    ];
  }
}
