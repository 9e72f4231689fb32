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

import { dataProductsUrl } from './evaluate/backendUrl';
import {
  describeRead,
  formatAnswer,
  formatRunFileProblem,
  formatRuns,
} from './facts/formatPush';
import { pushArgs, resolvePushOptions } from './facts/pushOptions';
import { pushRuns } from './facts/pushRuns';
import { readToolOutput } from './facts/readToolOutput';
import { counted } from './lint/formatProblem';
import {
  CliIo,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  parseCommandArgs,
  usageError,
} from './usage';

export const factsUsage = `Usage: meshwork facts push --from TOOL [options] PATH

Reads what a tool wrote about a pipeline run and sends it to the backend in
one request, as facts on the output ports that claim its datasets; the data
products concerned are re-scored at once.

  --from dbt PATH           dbt's target directory: run_results.json,
                            manifest.json and sources.json, those present
  --from gx PATH            a Great Expectations validation or checkpoint
                            result (JSON)
  --from datacontract PATH  datacontract-cli's test run (JSON)
  --from openlineage PATH   OpenLineage events: a JSON array, one event, or
                            one event a line

Options:
  --backend <URL>       the portal's backend (default: $MESHWORK_BACKEND_URL,
                        else http://localhost:7007)
  --token <TOKEN>       a Backstage token that may report facts on the data
                        products (default: $MESHWORK_TOKEN)
  --dry-run             read and print what would be sent; send nothing
  --max-file-size <MB>  read no file larger than this (default: 256)
  -h, --help            Show this help

Problems of the files go to stdout, one "FILE[:LINE[:COLUMN]]: SEVERITY:
MESSAGE" line each; what could be read is still sent. Then the backend's
answer: the data products re-scored, and the datasets no output port
claims, with the keys a port would claim them by (outputPorts[].datasets,
or a server).

Exit codes:
  0  sent and accepted (or read, with --dry-run)
  1  nothing could be read from the files, or the backend refused the runs
     or could not be reached (its message is printed)
  2  usage error: unknown --from, no PATH, a PATH that can't be read
`;

const command = 'meshwork facts push';

/** `meshwork facts push --from TOOL [options] PATH`; returns the exit code. */
async function runPush(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, command, factsUsage, args, pushArgs);
  if (typeof parsed === 'number') return parsed;
  const options = resolvePushOptions(
    parsed.values,
    parsed.positionals,
    io.env ?? process.env,
  );
  if (typeof options === 'string') return usageError(io, command, options);

  const read = await readToolOutput(options.from, options.path, {
    maxFileMb: options.maxFileMb,
    readFile: io.readFile,
  });
  if ('unreadable' in read) {
    io.stderr(`${command}: ${read.unreadable}\n`);
    return EXIT_USAGE;
  }
  io.stdout(read.problems.map(p => `${formatRunFileProblem(p)}\n`).join(''));
  const { runs } = read;
  if (runs.length === 0) {
    io.stderr(
      `${command}: nothing to send from ${options.path}: ${counted(
        read.problems.length,
        'problem',
      )}\n`,
    );
    return EXIT_PROBLEMS;
  }
  if (options.dryRun) {
    io.stdout(
      formatRuns(runs)
        .map(line => `${line}\n`)
        .join(''),
    );
    io.stderr(
      `${command}: ${describeRead(runs)} read from ${
        options.path
      }; nothing sent (--dry-run)\n`,
    );
    return EXIT_OK;
  }

  const outcome = await pushRuns(options, runs);
  if (outcome.type === 'refused') {
    io.stderr(`${command}: ${outcome.message}\n`);
    return EXIT_PROBLEMS;
  }
  const unplacedUrl = `${dataProductsUrl(options.backend)}/runs/unplaced`;
  io.stdout(
    formatAnswer(outcome.answer, unplacedUrl)
      .map(line => `${line}\n`)
      .join(''),
  );
  io.stderr(
    `${command}: ${describeRead(runs)} from ${options.path} sent; ${counted(
      outcome.answer.products.length,
      'data product',
    )} re-scored, ${counted(
      outcome.answer.unplaced.total,
      'dataset',
    )} unplaced\n`,
  );
  return EXIT_OK;
}

/** `meshwork facts SUBCOMMAND ...`; only `push` so far. */
export async function runFacts(args: string[], io: CliIo): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === 'push') return runPush(rest, io);
  if (subcommand === '--help' || subcommand === '-h') {
    io.stdout(factsUsage);
    return EXIT_OK;
  }
  return usageError(
    io,
    'meshwork facts',
    subcommand === undefined
      ? 'no command given; expected push'
      : `unknown command "${subcommand}"; expected push`,
  );
}
