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

import type {
  DataProductLevel,
  RuleState,
} from '@meshwork/plugin-data-products-common';

/** A level's name for people. @public */
export const LEVEL_LABELS: Record<DataProductLevel, string> = {
  none: 'No level',
  bronze: 'Bronze',
  silver: 'Silver',
  gold: 'Gold',
};

/** Medal colours, readable on light and dark themes. @public */
export const LEVEL_COLORS: Record<DataProductLevel, string> = {
  none: '#757575',
  bronze: '#a0642b',
  silver: '#6f7f89',
  gold: '#b38b00',
};

/** A rule state's name for people. @public */
export const STATE_LABELS: Record<RuleState, string> = {
  pass: 'Pass',
  fail: 'Fail',
  warn: 'Warning',
  'not-applicable': 'Not applicable',
  'no-data': 'No data',
  exempt: 'Exempt',
  error: 'Error',
};

/** A colour per rule state, readable on light and dark themes. @public */
export const STATE_COLORS: Record<RuleState, string> = {
  pass: '#2e7d32',
  fail: '#c62828',
  warn: '#ed6c02',
  'not-applicable': '#757575',
  'no-data': '#5c6bc0',
  exempt: '#00838f',
  error: '#6a1b9a',
};
