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

import { allowanceReason, describeAllowance } from './describeAllowance';

describe('describeAllowance', () => {
  it('says which major version allows a break, in the words meshwork diff prints', () => {
    expect(describeAllowance('port-major')).toBe(
      'allowed: new major version of the port',
    );
    expect(describeAllowance('product-major')).toBe(
      'allowed: new major version of the product',
    );
    expect(describeAllowance('initial-development')).toBe(
      'allowed: the port is at 0.x (initial development)',
    );
  });

  it('says a break no major version allows is not allowed', () => {
    expect(describeAllowance(undefined)).toBe('not allowed');
  });

  it('gives the reason alone, for lists of reasons', () => {
    expect(allowanceReason('product-major')).toBe(
      'new major version of the product',
    );
  });
});
