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
  DATA_PRODUCT_LEVELS,
  type DataProductLevel,
} from '@meshwork/plugin-data-products-common';
import { LEVEL_COLORS, LEVEL_LABELS } from '../levels';

/** Highest first: the eye reads the share of gold before the rest. */
const ORDER = [...DATA_PRODUCT_LEVELS].reverse();

/** @public */
export interface LevelDistributionBarProps {
  /** How many products stand at each level. */
  levels: Record<DataProductLevel, number>;
  /** Show the counts under the bar; off where a table beside it says them. */
  legend?: boolean;
}

/**
 * "3 gold, 2 silver, 1 bronze, 0 with no level": the figures the bar draws.
 * @public
 */
export function describeLevels(
  levels: Record<DataProductLevel, number>,
): string {
  return ORDER.map(level =>
    level === 'none'
      ? `${levels.none ?? 0} with no level`
      : `${levels[level] ?? 0} ${level}`,
  ).join(', ');
}

/**
 * How many products stand at each level, as one horizontal stacked bar.
 * @public
 */
export function LevelDistributionBar(props: LevelDistributionBarProps) {
  const { levels, legend = true } = props;
  const total = ORDER.reduce((sum, level) => sum + (levels[level] ?? 0), 0);
  return (
    <div>
      <div
        role="img"
        aria-label={describeLevels(levels)}
        style={{
          display: 'flex',
          height: 12,
          borderRadius: 6,
          overflow: 'hidden',
          background: 'var(--bui-bg-neutral-2, #e0e0e0)',
        }}
      >
        {total > 0 &&
          ORDER.filter(level => levels[level] > 0).map(level => (
            <div
              key={level}
              style={{
                flexGrow: levels[level],
                flexBasis: 0,
                background: LEVEL_COLORS[level],
              }}
            />
          ))}
      </div>
      {legend && (
        // The bar's label already says these figures to assistive technology.
        <div
          aria-hidden
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: '4px 12px',
            marginTop: 4,
            fontSize: '0.75rem',
          }}
        >
          {ORDER.map(level => (
            <span key={level} style={{ whiteSpace: 'nowrap' }}>
              <span
                style={{
                  display: 'inline-block',
                  width: 8,
                  height: 8,
                  borderRadius: 2,
                  marginRight: 4,
                  background: LEVEL_COLORS[level],
                }}
              />
              {LEVEL_LABELS[level]} {levels[level] ?? 0}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
