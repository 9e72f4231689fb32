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

import { readFullEvaluationLine } from './evaluationLine';

describe('readFullEvaluationLine', () => {
  it('reads the count of a line without times', () => {
    expect(
      readFullEvaluationLine(
        'Evaluated 2000 data products, 5 changed, 0 gone from the catalog',
      ),
    ).toEqual({ products: 2000, parts: [] });
  });

  it("reads ScorecardEvaluator's line: its total, then each part", () => {
    expect(
      readFullEvaluationLine(
        'Evaluated 500 data products, 3 changed, 0 gone from the catalog in 568 ms (catalog read 507 ms, changes 0 ms, facts 51 ms, evaluation 0 ms, storage 10 ms)',
      ),
    ).toEqual({
      products: 500,
      totalSeconds: 0.568,
      parts: [
        { part: 'catalog read', seconds: 0.507 },
        { part: 'changes', seconds: 0 },
        { part: 'facts', seconds: 0.051 },
        { part: 'evaluation', seconds: 0 },
        { part: 'storage', seconds: 0.01 },
      ],
    });
  });

  it('reads the parts a line names, in ms or s', () => {
    expect(
      readFullEvaluationLine(
        'Evaluated 50000 data products, 3 changed, 0 gone from the catalog in 21.5 s (catalog read 9.1 s, facts: 850 ms, evaluation 7.2 s, storage 4.35 s)',
      ),
    ).toMatchObject({ totalSeconds: 21.5 });
    expect(
      readFullEvaluationLine(
        'Evaluated 50000 data products; catalog read 9.1 s, facts: 850 ms, evaluation 7.2 s, storage 4.35 s',
      )?.parts,
    ).toEqual([
      { part: 'catalog read', seconds: 9.1 },
      { part: 'facts', seconds: 0.85 },
      { part: 'evaluation', seconds: 7.2 },
      { part: 'storage', seconds: 4.35 },
    ]);
  });

  it('leaves the change watcher and other lines alone', () => {
    expect(
      readFullEvaluationLine('Evaluated 3 changed data products'),
    ).toBeUndefined();
    expect(readFullEvaluationLine('Pruned 4 superseded facts')).toBeUndefined();
  });
});
