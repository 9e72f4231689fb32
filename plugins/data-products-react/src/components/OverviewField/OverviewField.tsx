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

import { Text } from '@backstage/ui';
import type { ReactNode } from 'react';

/**
 * Props of {@link OverviewField}.
 *
 * @public
 */
export type OverviewFieldProps = {
  label: string;
  children?: ReactNode;
};

/**
 * A label and its value, as the overview cards show them; an absent value
 * says so rather than leaving a gap.
 *
 * @public
 */
export function OverviewField(props: OverviewFieldProps) {
  const { label, children } = props;
  const empty = children === undefined || children === '' || children === false;
  return (
    <div>
      <Text as="div" weight="bold">
        {label}
      </Text>
      <Text as="div">{empty ? <em>not declared</em> : children}</Text>
    </div>
  );
}
