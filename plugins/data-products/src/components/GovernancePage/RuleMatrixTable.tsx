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

import type { CSSProperties } from 'react';
import type {
  DataProductListItem,
  ScorecardRuleSummary,
} from '@meshwork/plugin-data-products-common';
import {
  LevelBadge,
  RuleStateTag,
  STATE_LABELS,
} from '@meshwork/plugin-data-products-react';
import { EntityShortLink } from './EntityShortLink';

const cell: CSSProperties = {
  padding: '4px 6px',
  borderBottom: '1px solid var(--bui-border-1, #ddd)',
  textAlign: 'center',
  verticalAlign: 'middle',
};

/** The product column stays in view while the rules scroll past it. */
const stickyColumn: CSSProperties = {
  ...cell,
  position: 'sticky',
  left: 0,
  zIndex: 1,
  textAlign: 'left',
  minWidth: 180,
  background: 'var(--bui-bg-inherit, #fff)',
};

const ruleHeader: CSSProperties = {
  ...cell,
  verticalAlign: 'bottom',
  fontWeight: 'normal',
  fontSize: '0.75rem',
};

/** Rule ids read bottom to top, so seventeen of them fit a screen's width. */
const verticalText: CSSProperties = {
  writingMode: 'vertical-rl',
  transform: 'rotate(180deg)',
  whiteSpace: 'nowrap',
};

/** Every product of a page against every active rule, one state per cell. */
export function RuleMatrixTable(props: {
  items: DataProductListItem[];
  rules: ScorecardRuleSummary[];
}) {
  const { items, rules } = props;
  return (
    <div
      // focusable, so keyboard users can scroll the columns that overflow
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label="Rule matrix, scrollable"
      style={{ overflow: 'auto', maxHeight: '70vh' }}
    >
      <table
        aria-label="Products against rules"
        style={{ borderCollapse: 'separate', borderSpacing: 0 }}
      >
        <thead>
          <tr>
            <th
              scope="col"
              style={{ ...stickyColumn, verticalAlign: 'bottom' }}
            >
              Data product
            </th>
            <th scope="col" style={{ ...cell, verticalAlign: 'bottom' }}>
              Level
            </th>
            {rules.map(rule => (
              <th
                key={rule.id}
                scope="col"
                title={`${rule.title} (${rule.level})`}
                style={ruleHeader}
              >
                <span style={verticalText}>{rule.id}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map(item => (
            <tr key={item.entityRef}>
              <th scope="row" style={stickyColumn}>
                <EntityShortLink
                  entityRef={item.entityRef}
                  title={item.title}
                />
              </th>
              <td style={cell}>
                <LevelBadge level={item.level} score={item.score} />
              </td>
              {rules.map(rule => {
                const state = item.states[rule.id];
                return (
                  <td
                    key={rule.id}
                    style={cell}
                    title={`${rule.id}: ${
                      state ? STATE_LABELS[state] : 'not evaluated'
                    }`}
                  >
                    {state ? <RuleStateTag state={state} compact /> : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
