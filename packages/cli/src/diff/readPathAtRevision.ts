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

import { execFile } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { reasonOf } from '../readTextFile';
import { isCatalogFile, isSkippedFolder } from './readPathFromDisk';
import type { SourceFile } from './types';

const execFileAsync = promisify(execFile);

type GitAnswer = { ok: true; stdout: string } | { ok: false; message: string };

/** Runs git without a shell; its first line of complaint when it fails. */
async function git(cwd: string, args: string[]): Promise<GitAnswer> {
  try {
    const { stdout } = await execFileAsync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    return { ok: true, stdout };
  } catch (error) {
    const { code, stderr, message } = error as {
      code?: unknown;
      stderr?: string;
      message?: string;
    };
    if (code === 'ENOENT') {
      return { ok: false, message: 'git is not installed, or not on the PATH' };
    }
    const said = (stderr || message || '').trim().split('\n')[0];
    return { ok: false, message: said };
  }
}

/** Whether a file under the given folder is read: none under node_modules or dot-folders. */
function isRead(name: string, folder: string): boolean {
  const below = folder ? name.slice(folder.length + 1) : name;
  const segments = below.split('/');
  return (
    isCatalogFile(segments[segments.length - 1]) &&
    !segments.slice(0, -1).some(isSkippedFolder)
  );
}

/** Reads a few files at a time: one git process each. */
async function showFiles(
  top: string,
  ref: string,
  names: string[],
): Promise<SourceFile[] | { reason: string }> {
  const files: SourceFile[] = [];
  for (let i = 0; i < names.length; i += 8) {
    const batch = names.slice(i, i + 8);
    const shown = await Promise.all(
      batch.map(name => git(top, ['show', `${ref}:${name}`])),
    );
    for (const [index, answer] of shown.entries()) {
      if (!answer.ok) return { reason: answer.message };
      files.push({
        name: `${ref}:${batch[index]}`,
        content: answer.stdout,
        revision: ref,
      });
    }
  }
  return files;
}

/**
 * A path's files as they were at a git ref (`origin/main`), in the path's
 * own repository: the file, or a folder's YAML and JSON files; named
 * `REF:PATH` with the path from the repository's top. A path that did not
 * exist at the ref has no files. Or why not: no such path, not a
 * repository, no such ref.
 */
export async function readPathAtRevision(
  path: string,
  ref: string,
): Promise<{ files: SourceFile[] } | { reason: string }> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (error) {
    return { reason: `cannot read ${path}: ${reasonOf(error)}` };
  }
  const top = await git(isFolder ? path : dirname(path), [
    'rev-parse',
    '--show-toplevel',
  ]);
  if (!top.ok) {
    return { reason: `${path} is not in a git repository (${top.message})` };
  }
  const root = top.stdout.trim();
  const known = await git(root, [
    'rev-parse',
    '--verify',
    '--quiet',
    `${ref}^{commit}`,
  ]);
  if (!known.ok) {
    return {
      reason: `git ref "${ref}" does not exist in ${root}; fetch it first (in CI, check out with fetch-depth: 0)`,
    };
  }
  const inRepo = relative(await realpath(root), await realpath(path))
    .split(sep)
    .join('/');
  const listed = await git(root, [
    'ls-tree',
    '-r',
    '-z',
    '--name-only',
    ref,
    '--',
    inRepo || '.',
  ]);
  if (!listed.ok) return { reason: `git ls-tree failed: ${listed.message}` };
  const names = listed.stdout
    .split('\0')
    .filter(name =>
      isFolder ? name && isRead(name, inRepo) : name === inRepo,
    );
  const files = await showFiles(root, ref, names);
  return Array.isArray(files) ? { files } : files;
}
