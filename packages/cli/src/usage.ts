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

import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Where the command line writes its output and reads files; tests pass their own.
 * @public
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file as UTF-8 text; the default reads from disk. */
  readFile?: (path: string) => Promise<string>;
  /** Environment variables such as MESHWORK_TOKEN; the default is `process.env`. */
  env?: Record<string, string | undefined>;
}

/** Exit codes, as documented in the README. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Reports a usage error on stderr with a pointer to the help. */
export function usageError(
  io: CliIo,
  command: string,
  message: string,
): number {
  io.stderr(`${command}: ${message}\nRun "${command} --help" for usage.\n`);
  return EXIT_USAGE;
}

/** `Unknown option '--fromat'. To specify ...` → `unknown option '--fromat'` */
export function describeArgsError(error: unknown): string {
  const [firstSentence] = String((error as Error).message ?? error).split(
    /\.(\s|$)/,
  );
  return firstSentence.charAt(0).toLowerCase() + firstSentence.slice(1);
}

/**
 * A command's options and positionals, or its exit code when there is
 * nothing more to do: the help was printed (0), or the options were wrong (2).
 */
export function parseCommandArgs<
  O extends NonNullable<ParseArgsConfig['options']>,
>(io: CliIo, command: string, usage: string, args: string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, command, describeArgsError(error));
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(usage);
    return EXIT_OK;
  }
  return parsed;
}
