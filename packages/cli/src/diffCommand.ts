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

import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { catalogReaders } from './diff/catalogReaders';
import { compareSides, type ProductDiff } from './diff/compareSides';
import {
  resolveDiffOptions,
  diffArgs,
  type DiffOptions,
} from './diff/diffOptions';
import {
  BUMP_HINT,
  formatDiffJson,
  formatDiffProblem,
  formatDiffSummary,
  formatDiffText,
  type ReportedProduct,
} from './diff/formatDiff';
import { locateChange } from './diff/locateChange';
import { readPathAtRevision } from './diff/readPathAtRevision';
import { readPathFromDisk } from './diff/readPathFromDisk';
import { readSide } from './diff/readSide';
import {
  UnreadContractTouched,
  UntouchedContracts,
} from './diff/untouchedContracts';
import { YamlCache } from './diff/yamlDocuments';
import type { DiffProblem, Side, SourceFile } from './diff/types';
import { counted } from './lint/formatProblem';
import {
  CliIo,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  parseCommandArgs,
  usageError,
} from './usage';

export const diffUsage = `Usage: meshwork diff [options] OLD NEW
       meshwork diff [options] --against REF [PATH]

Compares two versions of data products and the ODCS contracts of their output
ports, and says what each change means for the products that read them:
BREAKING (a reader's query, pipeline or access may stop working), notable or
compatible. A breaking change needs a new major version of its port (or of
the product); one without is why the exit code is 1.

OLD and NEW are each a file or a folder as a repository holds them: the
catalog-info.yaml of one or more data products (paired by entity ref), and the
contracts of their ports, as API entities of spec.type odcs with the contract
inline in spec.definition, or as ODCS documents (kind: DataContract) matched
to ports by contractId. Folders are read recursively: *.yaml, *.yml, *.json,
skipping node_modules and dot-folders.

Options:
  --against <REF>       OLD is PATH (default: the current folder) as it was at
                        the git ref REF, such as origin/main; NEW is PATH as it
                        is now
  --backend <URL>       name the readers of each port from the catalog of this
                        backend (the data products that depend on the product);
                        without it, from the products among NEW's files
  --token <TOKEN>       a Backstage token for --backend (default: $MESHWORK_TOKEN)
  --format <text|json>  text (default): per data product that changed, one
                        "SEVERITY FILE:LINE:COLUMN: MESSAGE" line per change;
                        json: each product's changes, with file, line, column
  -h, --help            Show this help

Exit codes:
  0  no breaking change, or each is allowed by a new major version
  1  a breaking change without a new major version
  2  usage error, or bad input: a path or git ref that does not exist, a file
     that does not parse, a data product the linter finds problems in, a
     contract that is not valid ODCS (one the same in OLD and NEW is not
     checked), a port whose contract is not among the files, or the backend
     could not be asked
`;

const command = 'meshwork diff';

type Sides = { old: SourceFile[]; now: SourceFile[] } | { failed: string };

/** A path on disk, as the lines of a failure name it. */
async function fromDisk(path: string) {
  const read = await readPathFromDisk(path);
  return 'files' in read
    ? read
    : { failed: `cannot read ${read.unreadable}: ${read.reason}` };
}

async function readFiles(options: DiffOptions): Promise<Sides> {
  const now = await fromDisk('against' in options ? options.path : options.now);
  if ('failed' in now) return now;
  if ('against' in options) {
    const old = await readPathAtRevision(options.path, options.against);
    return 'files' in old
      ? { old: old.files, now: now.files }
      : { failed: old.reason };
  }
  const old = await fromDisk(options.old);
  return 'failed' in old ? old : { old: old.files, now: now.files };
}

const refKey = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');

/**
 * Each product's diff, with who reads its ports: the products among NEW's
 * files, and with --backend the catalog's, asked about the products that
 * changed only.
 */
async function compareWithReaders(
  options: DiffOptions,
  old: Side,
  now: Side,
): Promise<ProductDiff[] | { failed: string }> {
  const inFiles: Entity[] = now.products.map(p => p.entity);
  const diffs = compareSides(old, now, inFiles);
  const changed = diffs.filter(d => d.diff.changes.length).map(d => d.ref);
  if (!options.catalog || changed.length === 0) return diffs;
  const asked = await catalogReaders(options.catalog, changed);
  if ('failed' in asked) return asked;
  const catalogued = new Set(asked.readers.map(refKey));
  return compareSides(old, now, [
    ...asked.readers,
    ...inFiles.filter(r => !catalogued.has(refKey(r))),
  ]);
}

function report(diffs: ProductDiff[], cache: YamlCache): ReportedProduct[] {
  return diffs.map(product => ({
    product,
    locations: new Map(
      product.diff.changes.map(c => [c, locateChange(c, product, cache)]),
    ),
  }));
}

type Files = { old: SourceFile[]; now: SourceFile[] };

/** What the diff found, or why it stops; nothing printed yet. */
type Outcome = { problems: DiffProblem[] } & (
  | { stop: string }
  | { reported: ReportedProduct[] }
);

async function compareOnce(
  files: Files,
  options: DiffOptions,
  cache: YamlCache,
  untouched: UntouchedContracts,
): Promise<Outcome> {
  const old = await readSide(files.old, cache, false, untouched);
  const now = await readSide(files.now, cache, true, untouched);
  const problems = [...old.problems, ...now.problems];
  const errors = problems.filter(p => p.severity === 'error').length;
  if (errors > 0) {
    const stop = `${counted(errors, 'problem')} in the files; nothing compared`;
    return { problems, stop };
  }
  if (old.side.products.length + now.side.products.length === 0) {
    return { problems, stop: 'no "kind: DataProduct" document in OLD or NEW' };
  }
  const diffs = await compareWithReaders(options, old.side, now.side);
  if ('failed' in diffs) return { problems, stop: diffs.failed };
  return { problems, reported: report(diffs, cache) };
}

/**
 * Compares with the contracts the same in OLD and NEW held unread; when
 * the diff needs to look into one after all, again with every one read.
 */
async function compareFiles(
  files: Files,
  options: DiffOptions,
): Promise<Outcome> {
  const cache = new YamlCache();
  const untouched = new UntouchedContracts(files.old, files.now);
  try {
    return await compareOnce(files, options, cache, untouched);
  } catch (error) {
    if (!(error instanceof UnreadContractTouched)) throw error;
    return compareOnce(files, options, cache, UntouchedContracts.none());
  }
}

/** `meshwork diff [options] OLD NEW` or `--against REF [PATH]`; returns the exit code. */
export async function runDiff(args: string[], io: CliIo): Promise<number> {
  try {
    return await diff(args, io);
  } catch (error) {
    // Every expected failure is a message already; this is for the unforeseen,
    // said in a line a CI log can hold, as the other failures are.
    io.stderr(
      `${command}: failed: ${
        (error as Error)?.message ?? error
      }; nothing compared\n`,
    );
    return EXIT_USAGE;
  }
}

async function diff(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(io, command, diffUsage, args, diffArgs);
  if (typeof parsed === 'number') return parsed;
  const options = resolveDiffOptions(
    parsed.values,
    parsed.positionals,
    io.env ?? process.env,
  );
  if (typeof options === 'string') return usageError(io, command, options);

  const files = await readFiles(options);
  if ('failed' in files) {
    io.stderr(`${command}: ${files.failed}\n`);
    return EXIT_USAGE;
  }
  const outcome = await compareFiles(files, options);
  io.stderr(outcome.problems.map(p => `${formatDiffProblem(p)}\n`).join(''));
  if ('stop' in outcome) {
    io.stderr(`${command}: ${outcome.stop}\n`);
    return EXIT_USAGE;
  }
  const { reported } = outcome;
  io.stdout(
    options.format === 'json'
      ? `${formatDiffJson(reported)}\n`
      : formatDiffText(reported)
          .map(line => `${line}\n`)
          .join(''),
  );
  io.stderr(`${formatDiffSummary(reported)}\n`);
  const unversioned = reported.some(r => r.product.diff.unversioned.length);
  if (!unversioned) return EXIT_OK;
  io.stderr(`${command}: ${BUMP_HINT}\n`);
  return EXIT_PROBLEMS;
}
