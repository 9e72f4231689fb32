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

import {
  parseBenchmarkArgs,
  parseBrowseBenchmarkArgs,
  parseBrowseUiBenchmarkArgs,
} from './benchmarkArgs';

describe('parseBenchmarkArgs', () => {
  it('defaults to 10,000 products and a Tech Insights sample of 2,000', () => {
    expect(parseBenchmarkArgs([])).toEqual({
      products: 10_000,
      techInsightsSample: 2_000,
      warmup: 500,
      rounds: 5,
    });
  });

  it('reads --flag N and --flag=N, and caps the sample at the products', () => {
    expect(
      parseBenchmarkArgs(['--products', '300', '--tech-insights-sample=900']),
    ).toMatchObject({ products: 300, techInsightsSample: 300, warmup: 300 });
  });

  it('refuses unknown options and non-numbers', () => {
    expect(() => parseBenchmarkArgs(['--product', '3'])).toThrow(
      /unknown option/,
    );
    expect(() => parseBenchmarkArgs(['--products', 'many'])).toThrow(
      /positive whole number/,
    );
    expect(parseBenchmarkArgs(['--help'])).toBeUndefined();
  });
});

describe('parseBrowseBenchmarkArgs', () => {
  it('defaults to 5,000 products, 400 rounds, 20 cold requests and SQLite, and knows only its own flags', () => {
    expect(parseBrowseBenchmarkArgs([])).toEqual({
      products: 5_000,
      rounds: 400,
      cold: 20,
      database: 'sqlite',
    });
    expect(
      parseBrowseBenchmarkArgs(['--rounds=50', '--database', 'postgres']),
    ).toEqual({
      products: 5_000,
      rounds: 50,
      cold: 20,
      database: 'postgres',
    });
    expect(() => parseBrowseBenchmarkArgs(['--database', 'mysql'])).toThrow(
      /sqlite, postgres/,
    );
    expect(() =>
      parseBrowseBenchmarkArgs(['--tech-insights-sample', '3']),
    ).toThrow(/unknown option/);
    expect(parseBrowseBenchmarkArgs(['-h'])).toBeUndefined();
  });
});

describe('parseBrowseUiBenchmarkArgs', () => {
  it('defaults to 5,000 products, 10 runs and SQLite, and knows only its own flags', () => {
    expect(parseBrowseUiBenchmarkArgs([])).toEqual({
      products: 5_000,
      runs: 10,
      database: 'sqlite',
    });
    expect(
      parseBrowseUiBenchmarkArgs([
        '--runs',
        '3',
        '--products=800',
        '--database=postgres',
      ]),
    ).toEqual({ products: 800, runs: 3, database: 'postgres' });
    expect(() => parseBrowseUiBenchmarkArgs(['--database', 'pg'])).toThrow(
      /sqlite, postgres/,
    );
    expect(() => parseBrowseUiBenchmarkArgs(['--rounds', '3'])).toThrow(
      /unknown option/,
    );
    expect(parseBrowseUiBenchmarkArgs(['--help'])).toBeUndefined();
  });
});
