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
import { version } from '../package.json';
import { diffUsage, runDiff } from './diffCommand';
import { evaluateUsage, runEvaluate } from './evaluateCommand';
import { factsUsage, runFacts } from './factsCommand';
import { lintUsage, runLint } from './lintCommand';
import { odpsUsage, runOdps } from './odpsCommand';
import {
  CliIo,
  describeArgsError,
  EXIT_OK,
  EXIT_USAGE,
  usageError,
} from './usage';

const usage = `Usage: meshwork <command> [options]

Meshwork's command line for domain owners.

Commands:
  lint FILE...   Check the DataProduct documents in catalog YAML files
  evaluate FILE  Score the DataProduct documents of a file on the backend,
                 against the live catalog, without storing anything
  diff OLD NEW   Say what changed between two versions of data products and
                 their ports' contracts, and what breaks for their readers
  diff --against REF [PATH]
                 The same, between a git ref (origin/main) and the files now
  facts push --from TOOL PATH
                 Send a pipeline run's results (dbt, gx, datacontract,
                 openlineage) to the backend as facts
  odps export FILE
                 Print the DataProduct documents of a file as ODPS v1.1.0
  odps import [--owner REF] [--domain REF] FILE
                 Print a DataProduct for catalog-info.yaml from each ODPS
                 document of a file

Options:
  -h, --help     Show this help
  --version      Print the version

Run "meshwork lint --help", "meshwork evaluate --help", "meshwork diff --help",
"meshwork facts push --help" or "meshwork odps --help" for their options.
`;

const globalOptions = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** For `meshwork --help COMMAND`. */
const commandUsages = new Map([
  ['lint', lintUsage],
  ['evaluate', evaluateUsage],
  ['diff', diffUsage],
  ['facts', factsUsage],
  ['odps', odpsUsage],
]);

const processIo: CliIo = {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
};

/**
 * Runs `meshwork` with its arguments (those after the script name) and
 * returns the exit code: 0 no problems, 1 problems found (or a product
 * below `evaluate --min-level`, nothing to convert for `odps`, a breaking
 * change without a new major version for `diff`), 2 usage error, bad input
 * or the backend failed.
 * @public
 */
export async function main(
  args: string[],
  io: CliIo = processIo,
): Promise<number> {
  const commandIndex = args.findIndex(arg => !arg.startsWith('-'));
  const globalArgs = commandIndex === -1 ? args : args.slice(0, commandIndex);
  const command = commandIndex === -1 ? undefined : args[commandIndex];
  const commandArgs = commandIndex === -1 ? [] : args.slice(commandIndex + 1);

  let values;
  try {
    ({ values } = parseArgs({
      args: globalArgs,
      options: globalOptions,
      strict: true,
    }));
  } catch (error) {
    return usageError(io, 'meshwork', describeArgsError(error));
  }
  if (values.help) {
    io.stdout(commandUsages.get(command ?? '') ?? usage);
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout(`${version}\n`);
    return EXIT_OK;
  }

  switch (command) {
    case 'lint':
      return runLint(commandArgs, io);
    case 'evaluate':
      return runEvaluate(commandArgs, io);
    case 'diff':
      return runDiff(commandArgs, io);
    case 'facts':
      return runFacts(commandArgs, io);
    case 'odps':
      return runOdps(commandArgs, io);
    case 'help':
      io.stdout(usage);
      return EXIT_OK;
    case undefined:
      io.stderr(usage);
      return EXIT_USAGE;
    default:
      return usageError(io, 'meshwork', `unknown command "${command}"`);
  }
}
