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

/** One post of a tool's output, as a pipeline would send it. */
export interface ExampleRun {
  /** The fact source's tool: the route is `/runs/<tool>`. */
  tool: string;
  /** The folder or file it came from, for the log. */
  name: string;
  body: unknown;
}

const readJson = (file: string): unknown =>
  JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * The example pipelines' output under `folder`: a `dbt-*` folder is one dbt
 * invocation (run_results.json with its manifest.json and sources.json when
 * present), `openlineage/*.json` are RunEvents as the Airflow integration
 * emits them.
 */
export function readExampleRuns(folder: string): ExampleRun[] {
  const runs: ExampleRun[] = [];
  for (const entry of fs.readdirSync(folder).sort()) {
    const full = path.join(folder, entry);
    if (entry.startsWith('dbt-') && fs.statSync(full).isDirectory()) {
      const artifact = (file: string) =>
        fs.existsSync(path.join(full, file))
          ? readJson(path.join(full, file))
          : undefined;
      runs.push({
        tool: 'dbt',
        name: entry,
        body: {
          runResults: artifact('run_results.json'),
          manifest: artifact('manifest.json'),
          sources: artifact('sources.json'),
        },
      });
    }
    if (entry === 'openlineage') {
      for (const file of fs.readdirSync(full).sort()) {
        if (!file.endsWith('.json')) continue;
        runs.push({
          tool: 'openlineage',
          name: `openlineage/${file}`,
          body: readJson(path.join(full, file)),
        });
      }
    }
  }
  return runs;
}
