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

import { describeSlaValue } from './describeSlaValue';

describe('describeSlaValue', () => {
  it.each([
    [{ value: '4', unit: 'd' }, '4 days'],
    [{ value: '1', unit: 'day' }, '1 day'],
    [{ value: '5', unit: 'm' }, '5 minutes'],
    [{ value: '3', unit: 'yr' }, '3 years'],
    [{ value: '99.9', unit: 'percent' }, '99.9%'],
    [{ value: '2', unit: 'fortnights' }, '2 fortnights'],
    [{ value: '09:00-08:00' }, '09:00-08:00'],
    [{ value: '1', valueExt: '2', unit: 'd' }, '1 day (extended: 2)'],
    [{}, 'not given'],
  ])('reads %j as %s', (fields, expected) => {
    expect(describeSlaValue({ property: 'latency', ...fields })).toBe(expected);
  });
});
