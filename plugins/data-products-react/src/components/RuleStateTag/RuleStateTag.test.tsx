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
import { RuleStateTag } from './RuleStateTag';

describe('RuleStateTag', () => {
  it('says the whole state to screen readers when it shows a short form', () => {
    render(
      <>
        <RuleStateTag state="exempt" compact />
        <RuleStateTag state="error" compact />
      </>,
    );
    expect(screen.getByText('Exempt')).toBeInTheDocument();
    expect(screen.getByText('Error')).toBeInTheDocument();
    // the short form is for the eye only: read aloud, "Exem" means nothing
    expect(screen.getByText('Exem')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('Erro')).toHaveAttribute('aria-hidden', 'true');
  });

  it('shows the whole state when there is room', () => {
    render(<RuleStateTag state="not-applicable" />);
    expect(screen.getByText('Not applicable')).not.toHaveAttribute(
      'aria-hidden',
    );
  });
});
