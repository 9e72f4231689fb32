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

import type { BreakingChangeAllowance } from './types';

// One home for these words: `meshwork diff`, `meshwork evaluate` and the
// governance page all say why a break is (not) allowed, and must agree.
const REASONS: Record<BreakingChangeAllowance, string> = {
  'port-major': 'new major version of the port',
  'product-major': 'new major version of the product',
  'initial-development': 'the port is at 0.x (initial development)',
};

/**
 * Why a major version allows a breaking change, without the leading
 * "allowed": `new major version of the port`.
 * @public
 */
export function allowanceReason(allowedBy: BreakingChangeAllowance): string {
  return REASONS[allowedBy];
}

/**
 * Whether a breaking change is allowed, and why:
 * `allowed: new major version of the port`, or `not allowed` when no major
 * version allows it.
 * @public
 */
export function describeAllowance(
  allowedBy: BreakingChangeAllowance | undefined,
): string {
  return allowedBy ? `allowed: ${allowanceReason(allowedBy)}` : 'not allowed';
}
