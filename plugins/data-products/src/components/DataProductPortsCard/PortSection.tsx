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

import { type ReactNode, useId } from 'react';
import { Text } from '@backstage/ui';

/** A list without bullets: the items draw their own separators. */
export const PLAIN_LIST = { listStyle: 'none', margin: 0, padding: 0 } as const;

/** One item of a port list, set off from the one above it. */
export const PORT_ITEM = {
  padding: '8px 0',
  borderTop: '1px solid var(--bui-border-1)',
} as const;

/**
 * One kind of port (output, input, management): its heading and its items,
 * or a sentence saying there are none.
 */
export function PortSection(props: {
  title: string;
  empty: string;
  /** List items, one a port (or, for output ports, a port name). */
  children: ReactNode[];
}) {
  const { title, empty, children } = props;
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="bold">
        {title}
      </Text>
      {children.length === 0 ? (
        <Text as="p">{empty}</Text>
      ) : (
        <ul aria-label={title} style={PLAIN_LIST}>
          {children}
        </ul>
      )}
    </section>
  );
}
