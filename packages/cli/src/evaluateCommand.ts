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

import { BUMP_HINT } from './diff/formatDiff';
import {
  formatEvaluation,
  formatEvaluationSummary,
  unversionedCount,
} from './evaluate/formatEvaluation';
import {
  evaluateArgs,
  EvaluateOptions,
  resolveEvaluateOptions,
} from './evaluate/evaluateOptions';
import { belowLevel } from './evaluate/levels';
import { locateProblems } from './evaluate/locateProblems';
import { requestEvaluation } from './evaluate/requestEvaluation';
import type { EvaluationResponse } from './evaluate/types';
import {
  counted,
  formatProblem,
  formatProblemsAsJson,
} from './lint/formatProblem';
import { readTextFile } from './readTextFile';
import {
  CliIo,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  parseCommandArgs,
  usageError,
} from './usage';

export const evaluateUsage = `Usage: meshwork evaluate [options] FILE

Scores every "kind: DataProduct" document in FILE (multi-document YAML, such
as catalog-info.yaml) on the backend, against the live catalog and pipeline
facts, as if FILE were registered. The other documents in FILE, such as the
API a port links to, count as part of the catalog. Nothing is stored.

Options:
  --backend <URL>       the portal's backend (default: $MESHWORK_BACKEND_URL,
                        else http://localhost:7007)
  --token <TOKEN>       a Backstage token (default: $MESHWORK_TOKEN); see below
  --min-level <LEVEL>   bronze, silver or gold: exit 1 when a data product's
                        level is lower
  --format <text|json>  text (default): per data product a line
                        "REF: level LEVEL, score N/100", then one line per
                        rule, what needs fixing first, then its changes
                        against the version the catalog holds, in the words
                        of meshwork diff; json: the backend's items
  -h, --help            Show this help

Getting a token:
  Dev portal, as the guest user:
    export MESHWORK_TOKEN=$(curl -s -H 'X-Requested-With: XMLHttpRequest' \\
      http://localhost:7007/api/auth/guest/refresh | jq -r .backstageIdentity.token)
  CI: a static token that the portal's admins configure under
  backend.auth.externalAccess; keep it in a CI secret as MESHWORK_TOKEN.

Exit codes:
  0  evaluated; every data product is at --min-level or above
  1  FILE is invalid (one "FILE:LINE:COLUMN: error: MESSAGE" line per problem),
     or a data product is below --min-level
  2  usage error, FILE can't be read, or the backend can't be reached or
     refused the request (token missing or refused, not permitted, failed)
`;

const command = 'meshwork evaluate';

function printProblems(
  response: Extract<EvaluationResponse, { type: 'invalid' }>,
  content: string,
  { file, format }: EvaluateOptions,
  io: CliIo,
): number {
  if (response.problems.length === 0) {
    // Not one document's fault: broken YAML, or no DataProduct in FILE.
    io.stderr(
      `${command}: the backend rejected ${file}: ${response.message}\n`,
    );
    return EXIT_PROBLEMS;
  }
  const problems = locateProblems(file, content, response.problems);
  io.stdout(
    format === 'json'
      ? `${formatProblemsAsJson(problems)}\n`
      : problems.map(p => `${formatProblem(p)}\n`).join(''),
  );
  io.stderr(
    `${command}: ${file}: ${counted(
      problems.length,
      'problem',
    )}; fix them to get a score\n`,
  );
  return EXIT_PROBLEMS;
}

/** `meshwork evaluate [options] FILE`; returns the exit code. */
export async function runEvaluate(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    io,
    command,
    evaluateUsage,
    args,
    evaluateArgs,
  );
  if (typeof parsed === 'number') return parsed;
  const options = resolveEvaluateOptions(
    parsed.values,
    parsed.positionals,
    io.env ?? process.env,
  );
  if (typeof options === 'string') return usageError(io, command, options);

  const read = await readTextFile(options.file, io.readFile);
  if ('reason' in read) {
    io.stderr(`${command}: cannot read ${options.file}: ${read.reason}\n`);
    return EXIT_USAGE;
  }

  const response = await requestEvaluation({
    backend: options.backend,
    token: options.token,
    content: read.content,
  });
  if (response.type === 'failed') {
    io.stderr(`${command}: ${response.message}\n`);
    return EXIT_USAGE;
  }
  if (response.type === 'invalid') {
    return printProblems(response, read.content, options, io);
  }

  const { items } = response;
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify(items, null, 2)}\n`
      : formatEvaluation(items)
          .map(line => `${line}\n`)
          .join(''),
  );
  const below = options.minLevel ? belowLevel(items, options.minLevel) : [];
  io.stderr(
    `${formatEvaluationSummary(
      options.file,
      items,
      options.minLevel && { level: options.minLevel, below },
    )}\n`,
  );
  // Told, not failed: the exit code stays the scorecard's (--min-level).
  if (unversionedCount(items) > 0) io.stderr(`${command}: ${BUMP_HINT}\n`);
  return below.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
}
