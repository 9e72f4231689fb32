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

import { render, screen } from '@testing-library/react';
import type { ScorecardHistoryPoint } from '@meshwork/plugin-data-products-common';
import { ScoreHistoryChart } from './ScoreHistoryChart';

const point = (
  recordedAt: string,
  score: number,
  level: ScorecardHistoryPoint['level'],
): ScorecardHistoryPoint => ({ recordedAt, score, level, states: {} });

describe('ScoreHistoryChart', () => {
  it('draws score and level as steps, and says the figures to screen readers', () => {
    const { container } = render(
      <ScoreHistoryChart
        now={new Date('2026-11-21T00:00:00Z')}
        points={[
          point('2026-09-01T00:00:00Z', 40, 'none'),
          point('2026-10-01T00:00:00Z', 90, 'silver'),
          point('2026-11-01T00:00:00Z', 70, 'bronze'),
        ]}
      />,
    );
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(
      /^Score history, 3 points from .+ to .+: score 40 \(No level\) to 70 \(Bronze\); lowest 40, highest 90\.$/,
    );
    // one step per change, then level until now
    expect(container.querySelector('path')).toHaveAttribute(
      'd',
      expect.stringMatching(
        /^M [\d.]+ [\d.]+ H [\d.]+ V [\d.]+ H [\d.]+ V [\d.]+ H 588$/,
      ),
    );
    expect(container.querySelectorAll('circle')).toHaveLength(3);
    expect(container.querySelectorAll('rect')).toHaveLength(3);
    expect(screen.getByText('Silver')).toBeInTheDocument();
  });

  it('explains why there is no chart with fewer than two points', () => {
    const { rerender } = render(<ScoreHistoryChart points={[]} />);
    expect(screen.getByText(/No history yet/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();

    rerender(
      <ScoreHistoryChart
        points={[point('2026-11-01T00:00:00Z', 70, 'bronze')]}
      />,
    );
    expect(
      screen.getByText(/Score 70 \(Bronze\) since .+, unchanged/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
