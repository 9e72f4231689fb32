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

import type {
  DataProductProblem,
  DryRunScorecard,
} from '@meshwork/plugin-data-products-common';

/**
 * One evaluated data product, as the backend's dry run returns it: with
 * what it changes against the catalog's version, when the catalog holds one.
 */
export type EvaluatedProduct = DryRunScorecard;

/**
 * A validation problem the backend found in one document of the file: the
 * shared validator's problem (path, field, message, key or value target).
 */
export interface ServerProblem extends DataProductProblem {
  /** 0-based index of the YAML document in the file. */
  document: number;
  /** 1-based; absent when the backend could not tell. */
  line?: number;
  column?: number;
}

/**
 * What the backend answered, sorted by what the command does with it:
 * print the scorecards, print the file's problems (exit 1), or give up
 * with one line saying what to fix in the invocation or setup (exit 2).
 */
export type EvaluationResponse =
  | { type: 'evaluated'; items: EvaluatedProduct[] }
  | { type: 'invalid'; message: string; problems: ServerProblem[] }
  | { type: 'failed'; message: string };
