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

import { DataProductProblem, problemAt } from './problems';

/**
 * How deep lists and maps may nest in a document. A real catalog-info.yaml
 * stays under a dozen levels; far deeper values overflow the stack of
 * recursive validators ("Maximum call stack size exceeded") instead of
 * getting a message, so they are refused first, by a walk that uses no
 * recursion itself.
 * @public
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * The first value nested deeper than `maxDepth` lists and maps, as a
 * problem at its path; undefined when the document is shallow enough.
 * @public
 */
export function nestingProblem(
  document: unknown,
  maxDepth: number = MAX_NESTING_DEPTH,
): DataProductProblem | undefined {
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [
    { value: document, path: [] },
  ];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (path.length >= maxDepth) {
      return problemAt(
        path,
        `nested deeper than ${maxDepth} levels; expected a flatter value`,
      );
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, child] of entries) {
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}
