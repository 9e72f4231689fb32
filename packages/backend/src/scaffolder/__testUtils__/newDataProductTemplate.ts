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

import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { Entity } from '@backstage/catalog-model';
import { createFetchTemplateAction } from '@backstage/plugin-scaffolder-backend';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import type { DataProductEntityV1alpha1 } from '@meshwork/plugin-data-products-common';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';
import { examplesDir } from '../../__testUtils__/exampleCatalog';

/** The "New data product" template, as the catalog loads it. */
export const templateDir = path.join(
  examplesDir,
  'templates',
  'new-data-product',
);
export const templateFile = path.join(templateDir, 'template.yaml');

type FieldSchema = {
  type?: string;
  enum?: string[];
  pattern?: string;
  minLength?: number;
  default?: unknown;
  'ui:field'?: string;
  'ui:options'?: Record<string, any>;
};
type Step = { id: string; action: string; input: Record<string, any> };

export const template = parse(fs.readFileSync(templateFile, 'utf8'));

/** Every form field, across the form's pages. */
export const formFields: Record<string, FieldSchema> = Object.assign(
  {},
  ...template.spec.parameters.map(
    (page: { properties: object }) => page.properties,
  ),
);
export const requiredFields: string[] = template.spec.parameters.flatMap(
  (page: { required?: string[] }) => page.required ?? [],
);
export const steps: Step[] = template.spec.steps;

/** What a domain owner would submit: the form's defaults, an answer to every other field. */
export function formAnswers(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const defaults = Object.fromEntries(
    Object.entries(formFields)
      .filter(([, field]) => field.default !== undefined)
      .map(([key, field]) => [key, field.default]),
  );
  return {
    ...defaults,
    name: 'orders-returns',
    title: 'Order returns',
    description:
      'Every returned order line, with the reason and the refund, one row per return.',
    purpose: 'Lets finance and logistics see what comes back and why.',
    // What EntityPicker and OwnerPicker hand over: full entity refs.
    domain: 'domain:default/sales',
    owner: 'group:default/sales-data',
    supportChannel: '#sales-returns',
    supportUrl: 'https://example.slack.com/archives/C0RETURNS',
    portName: 'returns-table',
    portDescription: 'Latest state of every return (SALES.RETURNS).',
    serverType: 'snowflake',
    serverLocation: 'SALES.RETURNS',
    ...overrides,
  };
}

/**
 * A step's `values`, rendered as the scaffolder renders `${{ parameters.x }}`
 * (a lone expression keeps its type; an unanswered field is left out).
 */
export function renderValues(
  step: Step,
  answers: Record<string, unknown>,
): Record<string, unknown> {
  const rendered: Record<string, unknown> = {};
  for (const [key, expression] of Object.entries(step.input.values ?? {})) {
    const match = /^\$\{\{\s*parameters\.(\w+)\s*\}\}$/.exec(
      String(expression),
    );
    if (!match) {
      throw new Error(`values.${key}: ${expression} is not a lone parameter`);
    }
    if (answers[match[1]] !== undefined) rendered[key] = answers[match[1]];
  }
  return rendered;
}

/**
 * Runs the template's real fetch:template step on its skeleton, each time in
 * a fresh workspace, and returns the catalog-info.yaml it wrote. Call it at
 * the top of a test file: it creates a mock directory.
 */
export function fetchStepRunner() {
  const fetchStep = steps.find(step => step.action === 'fetch:template')!;
  const fetchTemplate = createFetchTemplateAction({
    reader: mockServices.urlReader.mock(),
    // Only the parseRepoUrl filter reads integrations; the skeleton doesn't use it.
    integrations: {} as Parameters<
      typeof createFetchTemplateAction
    >[0]['integrations'],
  });
  type FetchContext = Parameters<typeof fetchTemplate.handler>[0];
  const mockDir = createMockDirectory();
  let runs = 0;

  return async (answers: Record<string, unknown>) => {
    const workspacePath = mockDir.resolve(`workspace-${++runs}`);
    fs.mkdirSync(workspacePath);
    const ctx = createMockActionContext({
      workspacePath,
      templateInfo: {
        baseUrl: pathToFileURL(templateFile).href,
        entityRef: 'template:default/new-data-product',
      },
    }) as unknown as FetchContext;
    await fetchTemplate.handler({
      ...ctx,
      input: {
        ...fetchStep.input,
        url: fetchStep.input.url,
        values: renderValues(fetchStep, answers),
      },
    });
    const text = fs.readFileSync(
      path.join(workspacePath, 'catalog-info.yaml'),
      'utf8',
    );
    return { text, entity: parse(text) as DataProductEntityV1alpha1 };
  };
}

/** The example mesh's groups and domains, which the bronze rules look up. */
export function exampleFindEntity(): (ref: string) => Entity | undefined {
  const entities = ['org.yaml', 'domains.yaml'].flatMap(file =>
    parseAllDocuments(fs.readFileSync(path.join(examplesDir, file), 'utf8'))
      .map(doc => doc.toJS() as Entity)
      .filter(Boolean),
  );
  const byRef = new Map(
    entities.map(e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), e]),
  );
  return ref => byRef.get(ref.toLocaleLowerCase('en-US'));
}
