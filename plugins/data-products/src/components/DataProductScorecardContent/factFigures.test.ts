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

import { factFigure } from './factFigures';

const fact = (name: string, value: unknown) => ({
  entityRef: 'dataproduct:default/orders-daily',
  name,
  value,
  observedAt: '2026-12-07T02:00:00.000Z',
});

describe('factFigure', () => {
  it('says freshness as the moment of the newest data, or its age', () => {
    expect(factFigure(fact('freshness', '2026-12-07T01:55:00Z')).figure).toBe(
      'freshness: newest data 2026-12-07 01:55 UTC',
    );
    expect(factFigure(fact('freshness', 'PT2H')).figure).toBe(
      'freshness: data PT2H old',
    );
    expect(factFigure(fact('freshness', 90)).figure).toBe(
      'freshness: data 90 s old',
    );
  });

  it('says quality as a percentage, with the counts when the tool gave them', () => {
    expect(factFigure(fact('quality', 0.97)).figure).toBe('quality 97 %');
    expect(factFigure(fact('quality', { rate: 'high' })).figure).toBe(
      'quality unreadable',
    );
  });

  it('says a run by its state and observed reads by their number', () => {
    expect(factFigure(fact('run', { state: 'fail' })).figure).toBe('run fail');
    expect(
      factFigure(fact('observed-inputs', { inputs: [{}, {}] })).figure,
    ).toBe('observed reads: 2 datasets');
  });
});
