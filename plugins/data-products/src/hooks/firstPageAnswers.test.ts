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
import { arrivedAnswer, askOncePerRender } from './firstPageAnswers';

describe('askOncePerRender', () => {
  afterEach(() => jest.useRealTimers());

  it('gives a render that starts over the answer the first one asked for, for a moment', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-22T10:00:00Z') });
    const api = {} as DataProductsApi;
    const ask = jest.fn(async () => 'page one');

    const first = askOncePerRender(api, 'page:{}', ask);
    // the thrown-away render and the one that commits ask alike
    expect(askOncePerRender(api, 'page:{}', ask)).toBe(first);
    await expect(first).resolves.toBe('page one');
    jest.advanceTimersByTime(1_000);
    expect(askOncePerRender(api, 'page:{}', ask)).toBe(first);
    expect(ask).toHaveBeenCalledTimes(1);

    // later, a page opened again asks the server again
    jest.advanceTimersByTime(2_500);
    askOncePerRender(api, 'page:{}', ask);
    expect(ask).toHaveBeenCalledTimes(2);
    // another query, or another API instance, is its own answer
    askOncePerRender(api, 'page:{"level":["gold"]}', ask);
    askOncePerRender({} as DataProductsApi, 'page:{}', ask);
    expect(ask).toHaveBeenCalledTimes(4);
  });

  it('keeps a failure only as briefly, so a retry asks again', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-22T10:00:00Z') });
    const api = {} as DataProductsApi;
    const ask = jest.fn(async () => {
      throw new Error('connect ECONNREFUSED');
    });
    await expect(askOncePerRender(api, 'k', ask)).rejects.toThrow(
      'ECONNREFUSED',
    );
    jest.advanceTimersByTime(3_000);
    await expect(askOncePerRender(api, 'k', ask)).rejects.toThrow(
      'ECONNREFUSED',
    );
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('hands over an answer that has come, for a render to start with, while it is kept', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-22T10:00:00Z') });
    const api = {} as DataProductsApi;
    let answer: (page: string) => void = () => {};
    const asked = askOncePerRender(
      api,
      'page:{}',
      () => new Promise<string>(resolve => (answer = resolve)),
    );
    // still travelling: a render has nothing to show yet
    expect(arrivedAnswer(api, 'page:{}')).toBeUndefined();
    answer('page one');
    await asked;
    expect(arrivedAnswer(api, 'page:{}')).toBe('page one');
    expect(arrivedAnswer(api, 'page:{"level":["gold"]}')).toBeUndefined();
    jest.advanceTimersByTime(2_500);
    expect(arrivedAnswer(api, 'page:{}')).toBeUndefined();
  });

  it('hands over no failure: the render asks and shows the error itself', async () => {
    const api = {} as DataProductsApi;
    await expect(
      askOncePerRender(api, 'k', async () => {
        throw new Error('HTTP 503');
      }),
    ).rejects.toThrow('503');
    expect(arrivedAnswer(api, 'k')).toBeUndefined();
  });
});
