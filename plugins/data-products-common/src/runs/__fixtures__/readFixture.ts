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

import fs from 'node:fs';
import path from 'node:path';

/** A fixture of this folder, parsed: the real tools' files, byte-exact (see README.md). */
export function readFixture(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(__dirname, file), 'utf8'));
}

/**
 * The `n`th ```json block of a Markdown fixture, parsed. datacontract-cli's
 * only published `Run` output is such a block in its docs, so the page is
 * kept byte-exact and the JSON is taken from it here.
 */
export function readJsonBlock(file: string, n = 0): unknown {
  const text = fs.readFileSync(path.join(__dirname, file), 'utf8');
  const blocks = [...text.matchAll(/^```json\n([\s\S]*?)^```$/gm)];
  if (!blocks[n]) throw new Error(`${file} has no json block ${n}`);
  return JSON.parse(blocks[n][1]);
}
