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

import { VisuallyHidden } from '@backstage/ui';
import type { RuleState } from '@meshwork/plugin-data-products-common';
import { STATE_COLORS, STATE_LABELS } from '../levels';

/** @public */
export interface RuleStateTagProps {
  state: RuleState;
  /** Four letters, for a narrow column. */
  compact?: boolean;
}

/**
 * A rule's state in words and colour (colour alone would fail colour-blind
 * readers). `compact` shortens the words to fit a narrow column for the eye
 * only: a screen reader reads the whole state, not "Exem".
 * @public
 */
export function RuleStateTag(props: RuleStateTagProps) {
  const { state, compact } = props;
  const label = STATE_LABELS[state];
  return (
    <div
      title={label}
      style={{
        display: 'inline-block',
        padding: compact ? '0 4px' : '0 8px',
        borderRadius: 4,
        fontSize: '0.75rem',
        lineHeight: '18px',
        whiteSpace: 'nowrap',
        color: STATE_COLORS[state],
        border: `1px solid ${STATE_COLORS[state]}`,
      }}
    >
      {compact ? (
        <>
          <span aria-hidden="true">{label.slice(0, 4)}</span>
          <VisuallyHidden>{label}</VisuallyHidden>
        </>
      ) : (
        label
      )}
    </div>
  );
}
