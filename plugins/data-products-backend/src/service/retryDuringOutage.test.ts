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

import { mockServices } from '@backstage/backend-test-utils';
import { retryDuringOutage } from './retryDuringOutage';

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
    code: 'ECONNREFUSED',
  });

/** Work that fails as the database does `failures` times, then answers. */
function failingFor(failures: number, error: () => Error = refused) {
  let calls = 0;
  const work = jest.fn(async () => {
    calls += 1;
    if (calls <= failures) throw error();
    return 'done';
  });
  return work;
}

describe('retryDuringOutage', () => {
  const quick = { what: 'The full evaluation', firstDelayMs: 1 };

  it('tries again with growing waits until the database is back, logging each retry', async () => {
    const logger = mockServices.logger.mock();
    const work = failingFor(3);
    const started = Date.now();
    await expect(
      retryDuringOutage(work, { ...quick, firstDelayMs: 20, logger }),
    ).resolves.toBe('done');
    expect(work).toHaveBeenCalledTimes(4);
    // 20 + 40 + 80 ms
    expect(Date.now() - started).toBeGreaterThanOrEqual(135);
    expect(logger.warn.mock.calls.map(([line]) => line)).toEqual([
      'The full evaluation failed: the database is unreachable (Error: connect ECONNREFUSED 127.0.0.1:5432); retrying in 0.02 s (attempt 2 of 8)',
      'The full evaluation failed: the database is unreachable (Error: connect ECONNREFUSED 127.0.0.1:5432); retrying in 0.04 s (attempt 3 of 8)',
      'The full evaluation failed: the database is unreachable (Error: connect ECONNREFUSED 127.0.0.1:5432); retrying in 0.08 s (attempt 4 of 8)',
    ]);
    expect(logger.info).toHaveBeenCalledWith(
      'The full evaluation finished at attempt 4 of 8',
    );
  });

  it('gives up after the attempts allowed', async () => {
    const logger = mockServices.logger.mock();
    const work = failingFor(10);
    await expect(
      retryDuringOutage(work, { ...quick, attempts: 3, logger }),
    ).rejects.toThrow('ECONNREFUSED');
    expect(work).toHaveBeenCalledTimes(3);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringMatching(
        /^The full evaluation failed 3 times: the database is unreachable .*; the next scheduled run tries again$/,
      ),
    );
  });

  it("stops when the task's timeout passes, even while waiting", async () => {
    const logger = mockServices.logger.mock();
    const timeout = new AbortController();
    const work = failingFor(10);
    setTimeout(() => timeout.abort(), 50);
    const started = Date.now();
    await expect(
      retryDuringOutage(work, {
        ...quick,
        firstDelayMs: 10_000,
        signal: timeout.signal,
        logger,
      }),
    ).rejects.toThrow('ECONNREFUSED');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(work).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining("the task's timeout passed"),
    );
  });

  it('throws any other failure at once', async () => {
    const logger = mockServices.logger.mock();
    const work = failingFor(1, () => new Error('a rule threw'));
    await expect(retryDuringOutage(work, { ...quick, logger })).rejects.toThrow(
      'a rule threw',
    );
    expect(work).toHaveBeenCalledTimes(1);
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
