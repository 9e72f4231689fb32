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

import { parseScaleBenchmarkArgs } from './scaleArgs';

describe('parseScaleBenchmarkArgs', () => {
  it('defaults to the issue’s run: 50,000 products, two replicas, 5 minutes idle, 20 edits, 50 clients for 60 s', () => {
    expect(parseScaleBenchmarkArgs([])).toEqual({
      products: 50_000,
      replicas: 2,
      idleSeconds: 300,
      catalogIdleSeconds: 125,
      edits: 20,
      clients: 50,
      seconds: 60,
    });
  });

  it('reads a small trial run', () => {
    expect(
      parseScaleBenchmarkArgs([
        '--products',
        '2000',
        '--idle-seconds=30',
        '--seconds',
        '15',
        '--edits',
        '5',
      ]),
    ).toMatchObject({ products: 2000, idleSeconds: 30, seconds: 15, edits: 5 });
  });

  it('is undefined for --help and refuses what it does not know', () => {
    expect(parseScaleBenchmarkArgs(['--help'])).toBeUndefined();
    expect(() => parseScaleBenchmarkArgs(['--rounds', '3'])).toThrow(
      /unknown option --rounds/,
    );
    expect(() => parseScaleBenchmarkArgs(['--replicas', '0'])).toThrow(
      /positive whole number/,
    );
  });
});
