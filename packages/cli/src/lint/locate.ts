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

import { Document, isAlias, isMap, isScalar, isSeq, Node } from 'yaml';

/** What a problem is about: a key that should not be there, or a value (present or missing). */
export type ProblemTarget = 'key' | 'value';

type Step = { node: Node | undefined; key: Node | undefined };

function childOf(
  doc: Document.Parsed,
  parent: Node | undefined,
  segment: string | number,
): Step | undefined {
  const collection = isAlias(parent) ? parent.resolve(doc) : parent;
  if (isMap(collection)) {
    // JSON paths turn numeric keys into numbers, YAML keeps what was written.
    const pair = collection.items.find(
      item => isScalar(item.key) && String(item.key.value) === String(segment),
    );
    if (!pair) return undefined;
    return {
      node: (pair.value ?? undefined) as Node | undefined,
      key: pair.key as Node,
    };
  }
  if (isSeq(collection) && typeof segment === 'number') {
    const item = collection.items[segment];
    return item ? { node: item as Node, key: undefined } : undefined;
  }
  return undefined;
}

function isEmpty(node: Node | undefined): boolean {
  return !node?.range || (isScalar(node) && node.range[0] === node.range[1]);
}

function startOf(step: Step, fallback: number): number {
  return step.node?.range?.[0] ?? step.key?.range?.[0] ?? fallback;
}

/**
 * The offset in the source of the node a problem at `path` is about. A key
 * the schema doesn't know points at the key; a wrong value at the value (or
 * its key when the value is empty). A missing field points at the parent
 * that lacks it: its key when it has one (`spec:`), else the start of the
 * list item or document; the same holds for any path that stops early.
 */
export function locate(
  doc: Document.Parsed,
  path: ReadonlyArray<string | number>,
  target: ProblemTarget,
): number {
  const documentStart = doc.range[0];
  let step: Step = {
    node: (doc.contents ?? undefined) as Node | undefined,
    key: undefined,
  };
  for (const segment of path) {
    const child = childOf(doc, step.node, segment);
    if (!child) {
      return step.key?.range?.[0] ?? startOf(step, documentStart);
    }
    step = child;
  }
  if (step.key && (target === 'key' || isEmpty(step.node))) {
    return step.key.range?.[0] ?? documentStart;
  }
  return startOf(step, documentStart);
}
