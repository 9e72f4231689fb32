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

import type { DataProductsApi } from '@meshwork/plugin-data-products-react';

/** How long a settled answer stays for a render that starts over. */
const REUSE_MS = 2_000;

interface Answer {
  value: Promise<unknown>;
  until: number;
  /** What it answered, once it has; a failure is not kept here. */
  arrived?: { value: unknown };
}

const answersByApi = new WeakMap<DataProductsApi, Map<string, Answer>>();

/**
 * An answer asked for while a page renders for the first time. React may
 * throw a render away before it commits (a part of the page still loading)
 * and start again with fresh state; the second render finds what the first
 * one asked for instead of asking the server again. Answers are kept only
 * while they travel and a moment after.
 */
export function askOncePerRender<T>(
  api: DataProductsApi,
  key: string,
  ask: () => Promise<T>,
): Promise<T> {
  let answers = answersByApi.get(api);
  if (!answers) {
    answers = new Map();
    answersByApi.set(api, answers);
  }
  const now = Date.now();
  for (const [k, answer] of answers) {
    if (answer.until < now) answers.delete(k);
  }
  const known = answers.get(key);
  if (known) return known.value as Promise<T>;
  const answer: Answer = { value: ask(), until: Infinity };
  answers.set(key, answer);
  const settled = () => {
    answer.until = Date.now() + REUSE_MS;
  };
  answer.value.then(value => {
    answer.arrived = { value };
    settled();
  }, settled);
  return answer.value as Promise<T>;
}

/**
 * The value of an answer asked for by `key` that has come and is still
 * kept, or undefined. A page asked for before its first render (by the
 * app, while it loaded the page's code) can then render with it at once,
 * instead of rendering empty first and again when the promise settles.
 */
export function arrivedAnswer<T>(
  api: DataProductsApi,
  key: string,
): T | undefined {
  const answer = answersByApi.get(api)?.get(key);
  if (!answer?.arrived || answer.until < Date.now()) return undefined;
  return answer.arrived.value as T;
}
