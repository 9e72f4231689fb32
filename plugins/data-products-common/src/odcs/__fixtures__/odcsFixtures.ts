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

// Tests run in Node and read contracts as the text an API entity's
// spec.definition carries.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'fs';

/** The official Bitol full example, as text (see its provenance note). */
export const fullExampleOdcs = readFileSync(
  `${__dirname}/full-example.odcs.yaml`,
  'utf8',
);
