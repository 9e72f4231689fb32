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
import { stringify } from 'yaml';
import { counted, formatProblem } from './lint/formatProblem';
import { exportOdpsFile } from './odps/exportOdpsFile';
import { importOdpsFile } from './odps/importOdpsFile';
import type { OdpsNotice } from './odps/types';
import { readTextFile } from './readTextFile';
import {
  CliIo,
  describeArgsError,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  usageError,
} from './usage';

export const odpsUsage = `Usage: meshwork odps export FILE
       meshwork odps import [--owner REF] [--domain REF] [--strict] FILE

Converts between DataProduct documents and the Open Data Product Standard
(ODPS, by Bitol).

Commands:
  export FILE  Print each "kind: DataProduct" document of FILE (such as
               catalog-info.yaml) as an ODPS v1.1.0 document
  import FILE  Print a DataProduct for catalog-info.yaml from each ODPS
               document (v1.0.0 or v1.1.0, v0.9.0 read as v1.0.0) in FILE

Options of import:
  --owner <REF>   the owning group, such as group:sales-data; needed when the
                  document has no team.name that is an entity ref
  --domain <REF>  the domain, such as domain:sales; needed when the document
                  has no domain
  --strict        refuse fields the ODPS schema does not know (such as
                  x-vendor); without it they are kept, with a warning
  -h, --help      Show this help

Documents go to stdout, separated by "---". Problems go to stderr, one
"FILE:LINE:COLUMN: error: MESSAGE" line each, and nothing is printed.
Warnings go to stderr as "FILE:LINE:COLUMN: warning: MESSAGE": a field
ODPS does not know, kept by the import, or written by the export as a
custom property; the documents are printed all the same.

Exit codes:
  0  converted (warnings may have been printed)
  1  problems in FILE: invalid documents, broken YAML, nothing to convert,
     owner or domain missing
  2  usage error: no FILE, a FILE that can't be read, an unknown option
`;

const options = {
  owner: { type: 'string' },
  domain: { type: 'string' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Documents as multi-document YAML. */
function yamlDocuments(documents: object[]): string {
  return documents.map(document => stringify(document)).join('---\n');
}

/** Prints errors and warnings; true when there was an error. */
function printProblems(io: CliIo, problems: OdpsNotice[]): boolean {
  io.stderr(problems.map(p => `${formatProblem(p)}\n`).join(''));
  return problems.some(p => p.severity === 'error');
}

/** `, 2 warnings` for the summary, when there are any. */
function warningCount(problems: OdpsNotice[]): string {
  const count = problems.filter(p => p.severity === 'warning').length;
  return count > 0 ? `, ${counted(count, 'warning')}` : '';
}

/** `meshwork odps export|import [options] FILE`; returns the exit code. */
export async function runOdps(args: string[], io: CliIo): Promise<number> {
  const [subcommand, ...rest] = args;
  const command = `meshwork odps ${subcommand ?? ''}`.trim();
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(io, command, describeArgsError(error));
  }
  const { values, positionals } = parsed;
  if (values.help || subcommand === '--help' || subcommand === '-h') {
    io.stdout(odpsUsage);
    return EXIT_OK;
  }
  if (subcommand !== 'export' && subcommand !== 'import') {
    return usageError(
      io,
      'meshwork odps',
      subcommand === undefined
        ? 'no command given; expected export or import'
        : `unknown command "${subcommand}"; expected export or import`,
    );
  }
  if (subcommand === 'export' && (values.owner || values.domain)) {
    return usageError(
      io,
      command,
      '--owner and --domain are options of import',
    );
  }
  if (subcommand === 'export' && values.strict) {
    // the export never writes a field ODPS does not know: nothing to refuse
    return usageError(io, command, '--strict is an option of import');
  }
  if (positionals.length !== 1) {
    return usageError(
      io,
      command,
      positionals.length === 0 ? 'no FILE given' : 'give one FILE',
    );
  }
  const [file] = positionals;
  const read = await readTextFile(file, io.readFile);
  if ('reason' in read) {
    io.stderr(`${command}: cannot read ${file}: ${read.reason}\n`);
    return EXIT_USAGE;
  }

  if (subcommand === 'export') {
    const result = await exportOdpsFile(file, read.content);
    if (printProblems(io, result.problems)) return EXIT_PROBLEMS;
    if (result.documents.length === 0) {
      io.stderr(`${command}: ${file} has no "kind: DataProduct" document\n`);
      return EXIT_PROBLEMS;
    }
    io.stdout(yamlDocuments(result.documents));
    io.stderr(
      `${command}: ${counted(
        result.documents.length,
        'data product',
      )} of ${file} as ODPS v1.1.0${warningCount(result.problems)}\n`,
    );
    return EXIT_OK;
  }

  const result = importOdpsFile(file, read.content, values);
  if (printProblems(io, result.problems)) return EXIT_PROBLEMS;
  if (result.entities.length === 0) {
    io.stderr(`${command}: ${file} has no ODPS document\n`);
    return EXIT_PROBLEMS;
  }
  io.stdout(yamlDocuments(result.entities));
  io.stderr(
    `${command}: ${counted(
      result.entities.length,
      'data product',
    )} from ${file}${warningCount(result.problems)}\n`,
  );
  return EXIT_OK;
}
