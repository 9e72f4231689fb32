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

import { parseArgs } from 'node:util';
import {
  formatProblem,
  formatProblemsAsJson,
  problemRows,
  formatSummary,
} from './lint/formatProblem';
import { lintFiles } from './lint/lintFiles';
import {
  formatOfflineScorecard,
  offlineScorecard,
} from './lint/offlineScorecard';
import {
  CliIo,
  describeArgsError,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  usageError,
} from './usage';

export const lintUsage = `Usage: meshwork lint [options] FILE...

Checks every "kind: DataProduct" document in each FILE (multi-document YAML,
such as catalog-info.yaml) against the DataProduct kind. Documents of other
kinds are skipped, so all of a repository's catalog files can be given.

Options:
  --format <text|json>  text (default): one "FILE:LINE:COLUMN: error: MESSAGE"
                        line per problem; json: an array of
                        {file, line, column, severity, message}
  --scorecard           also print each built-in scorecard rule's state for
                        every valid data product; rules that need the
                        catalog or pipeline facts say so
  -h, --help            Show this help

Exit codes:
  0  no problems
  1  problems found
  2  usage error: no FILE, a FILE that can't be read, an unknown option
`;

const options = {
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h' },
  scorecard: { type: 'boolean' },
} as const;

/** `meshwork lint [options] FILE...`; returns the exit code. */
export async function runLint(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, 'meshwork lint', describeArgsError(error));
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    io.stdout(lintUsage);
    return EXIT_OK;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    return usageError(
      io,
      'meshwork lint',
      `unknown format "${values.format}"; expected text or json`,
    );
  }
  if (files.length === 0) {
    return usageError(io, 'meshwork lint', 'no FILE given');
  }

  const report = await lintFiles(files, { readFile: io.readFile });
  if (report.unreadableFiles.length > 0) {
    // A wrong path is a mistake in the invocation: say so rather than lint half the files.
    for (const { file, reason } of report.unreadableFiles) {
      io.stderr(`meshwork lint: cannot read ${file}: ${reason}\n`);
    }
    return EXIT_USAGE;
  }

  if (values.format === 'json' && values.scorecard) {
    const scorecards = report.files.flatMap(({ file, dataProducts }) =>
      dataProducts
        .filter(p => p.problemCount === 0)
        .map(p => ({
          file,
          line: p.line,
          name: p.name,
          rules: offlineScorecard(p.entity as any),
        })),
    );
    io.stdout(
      `${JSON.stringify(
        {
          problems: problemRows(report.problems),
          scorecards,
        },
        null,
        2,
      )}\n`,
    );
  } else if (values.format === 'json') {
    io.stdout(`${formatProblemsAsJson(report.problems)}\n`);
  } else if (report.problems.length > 0) {
    io.stdout(report.problems.map(p => `${formatProblem(p)}\n`).join(''));
  }
  if (values.format === 'text' && values.scorecard) {
    const lines = report.files.flatMap(({ file, dataProducts }) =>
      dataProducts.flatMap(product => formatOfflineScorecard(file, product)),
    );
    io.stdout(lines.map(line => `${line}\n`).join(''));
  }
  io.stderr(`${formatSummary(report)}\n`);
  return report.problems.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
