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

import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy* and waitFor wait for what the user would wait for; their default
// of 1 s is a clock, and a loaded 2-core machine takes longer than that to
// render a BUI table (react-aria renders each cell, a few ms a row). Tests
// that wait this long for something that never comes still fail, with the
// DOM they saw; files whose tests render a lot say so with a longer
// per-file Jest timeout.
configure({ asyncUtilTimeout: 5_000 });
