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

import { Flex, Text } from '@backstage/ui';
import {
  DATA_PRODUCT_LEVELS,
  type ScorecardHistoryPoint,
} from '@meshwork/plugin-data-products-common';
import {
  LEVEL_COLORS,
  LEVEL_LABELS,
} from '@meshwork/plugin-data-products-react';
import { formatDate } from './dates';

const WIDTH = 600;
const HEIGHT = 180;
const PAD = { left: 34, right: 12, top: 10, bottom: 34 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;
const BAND_Y = HEIGHT - PAD.bottom + 4;

/** The figures a screen reader hears instead of the picture. */
export function describeHistory(points: ScorecardHistoryPoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  const scores = points.map(p => p.score);
  return (
    `Score history, ${points.length} points from ${formatDate(
      first.recordedAt,
    )} to ${formatDate(last.recordedAt)}: ` +
    `score ${first.score} (${LEVEL_LABELS[first.level]}) to ${last.score} (${
      LEVEL_LABELS[last.level]
    }); lowest ${Math.min(...scores)}, highest ${Math.max(...scores)}.`
  );
}

/**
 * Score over time as a step chart: history keeps a point only when something
 * changed, so each value holds until the next point (the last one until now).
 * The band under the line shows the level of each stretch.
 */
export function ScoreHistoryChart(props: {
  points: ScorecardHistoryPoint[];
  now?: Date;
}) {
  const { points } = props;
  if (points.length === 0) {
    return (
      <Text as="p">
        No history yet: a point is recorded each time the level, the score or a
        rule's state changes.
      </Text>
    );
  }
  if (points.length === 1) {
    const [only] = points;
    return (
      <Text as="p">
        Score {only.score} ({LEVEL_LABELS[only.level]}) since{' '}
        {formatDate(only.recordedAt)}, unchanged. The chart appears after the
        first change.
      </Text>
    );
  }

  const times = points.map(p => new Date(p.recordedAt).getTime());
  const start = times[0];
  const end = Math.max(
    props.now?.getTime() ?? Date.now(),
    times[times.length - 1],
  );
  const x = (t: number) =>
    PAD.left + ((t - start) / (end - start || 1)) * PLOT_W;
  const y = (score: number) => PAD.top + (1 - score / 100) * PLOT_H;
  const xs = times.map(x);
  const path = points
    .map((p, i) =>
      i === 0 ? `M ${xs[0]} ${y(p.score)}` : `H ${xs[i]} V ${y(p.score)}`,
    )
    .concat(`H ${x(end)}`)
    .join(' ');

  const levels = DATA_PRODUCT_LEVELS.filter(level =>
    points.some(p => p.level === level),
  );

  return (
    <div>
      <svg
        role="img"
        aria-label={describeHistory(points)}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: WIDTH, display: 'block' }}
      >
        {[0, 50, 100].map(tick => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke="currentColor"
              strokeOpacity={0.15}
            />
            <text
              x={PAD.left - 6}
              y={y(tick) + 4}
              textAnchor="end"
              fontSize={11}
              fill="currentColor"
            >
              {tick}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <rect
            key={`band-${p.recordedAt}`}
            x={xs[i]}
            y={BAND_Y}
            width={Math.max((xs[i + 1] ?? x(end)) - xs[i], 1)}
            height={6}
            fill={LEVEL_COLORS[p.level]}
          />
        ))}
        <path d={path} fill="none" stroke="currentColor" strokeWidth={2} />
        {points.map((p, i) => (
          <circle
            key={`point-${p.recordedAt}`}
            cx={xs[i]}
            cy={y(p.score)}
            r={4}
            fill={LEVEL_COLORS[p.level]}
          />
        ))}
        <text x={PAD.left} y={HEIGHT - 6} fontSize={11} fill="currentColor">
          {formatDate(points[0].recordedAt)}
        </text>
        <text
          x={WIDTH - PAD.right}
          y={HEIGHT - 6}
          textAnchor="end"
          fontSize={11}
          fill="currentColor"
        >
          now
        </text>
      </svg>
      {/* the colours' key; the chart's label already names the levels */}
      <Flex gap="3" aria-hidden>
        {levels.map(level => (
          <Text key={level} variant="body-small">
            <span style={{ color: LEVEL_COLORS[level] }}>■</span>{' '}
            {LEVEL_LABELS[level]}
          </Text>
        ))}
      </Flex>
    </div>
  );
}
