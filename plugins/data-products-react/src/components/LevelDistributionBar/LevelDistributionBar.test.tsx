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
import { LevelDistributionBar } from './LevelDistributionBar';

describe('LevelDistributionBar', () => {
  it('names every level with its count, highest first', () => {
    render(
      <LevelDistributionBar
        levels={{ gold: 3, silver: 2, bronze: 1, none: 0 }}
      />,
    );
    const bar = screen.getByRole('img', {
      name: '3 gold, 2 silver, 1 bronze, 0 with no level',
    });
    // one segment per level that has products, sized by its count
    const segments = Array.from(bar.children) as HTMLElement[];
    expect(segments.map(segment => segment.style.flexGrow)).toEqual([
      '3',
      '2',
      '1',
    ]);
    expect(screen.getByText('Gold 3')).toBeInTheDocument();
    expect(screen.getByText('No level 0')).toBeInTheDocument();
  });

  it('draws an empty bar when there are no products, and can drop the legend', () => {
    render(
      <LevelDistributionBar
        levels={{ gold: 0, silver: 0, bronze: 0, none: 0 }}
        legend={false}
      />,
    );
    const bar = screen.getByRole('img', {
      name: '0 gold, 0 silver, 0 bronze, 0 with no level',
    });
    expect(bar).toBeEmptyDOMElement();
    expect(screen.queryByText('Gold 0')).not.toBeInTheDocument();
  });
});
