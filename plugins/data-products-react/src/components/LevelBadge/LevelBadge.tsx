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

import type { DataProductLevel } from '@meshwork/plugin-data-products-common';
import { LEVEL_COLORS, LEVEL_LABELS } from '../levels';

/** @public */
export interface LevelBadgeProps {
  level: DataProductLevel;
  /** 0–100, shown beside the level. */
  score?: number;
}

/**
 * A product's level as a coloured pill, with the score beside it when given.
 * @public
 */
export function LevelBadge(props: LevelBadgeProps) {
  const { level, score } = props;
  const label = LEVEL_LABELS[level];
  return (
    <span
      title={score === undefined ? label : `${label}, score ${score} of 100`}
      style={{
        display: 'inline-block',
        padding: '0 8px',
        borderRadius: 10,
        fontSize: '0.75rem',
        lineHeight: '20px',
        fontWeight: 600,
        whiteSpace: 'nowrap',
        color: '#fff',
        background: LEVEL_COLORS[level],
      }}
    >
      {label}
      {score === undefined ? '' : ` · ${score}`}
    </span>
  );
}
