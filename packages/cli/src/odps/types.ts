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

import type { LintProblem } from '../lint/types';

/**
 * What an ODPS import or export says about FILE, where it is: an error
 * stops the conversion; a warning is something it read past (a vendor's
 * field it kept, a field it had to write elsewhere).
 */
export type OdpsNotice = Omit<LintProblem, 'severity'> & {
  severity: 'error' | 'warning';
};
