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

import type { CSSProperties, ReactNode } from 'react';
import { Text } from '@backstage/ui';

export const cellStyle: CSSProperties = {
  padding: '4px 8px',
  borderBottom: '1px solid var(--bui-border-1, #ddd)',
  textAlign: 'left',
  verticalAlign: 'top',
};

/**
 * A titled, labelled table of a contract section; says so when the section
 * is empty rather than leaving a bare header.
 */
export function ContractTable(props: {
  title: string;
  /** Accessible name when the visible title alone is ambiguous. */
  label?: string;
  columns: string[];
  empty?: string;
  heading?: 'h3' | 'h4' | 'h5';
  /** A line between the title and the table. */
  intro?: ReactNode;
  children: ReactNode[];
}) {
  const {
    title,
    label,
    columns,
    empty,
    heading = 'h3',
    intro,
    children,
  } = props;
  if (children.length === 0 && !empty) return null;
  return (
    <section>
      <Text
        as={heading}
        variant={heading === 'h3' ? 'title-small' : 'title-x-small'}
      >
        {title}
      </Text>
      {intro && <Text as="p">{intro}</Text>}
      {children.length === 0 ? (
        <Text as="p">{empty}</Text>
      ) : (
        // Wide schemas outgrow the card: let the table scroll, not spill.
        <div style={{ overflowX: 'auto' }}>
          <table
            aria-label={label ?? title}
            style={{ width: '100%', borderCollapse: 'collapse' }}
          >
            <thead>
              <tr>
                {columns.map(column => (
                  <th key={column} scope="col" style={cellStyle}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
