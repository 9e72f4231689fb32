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
  builtinScorecardRules,
  dataProductEntityV1alpha1Schema,
  evaluateDataProduct,
  validateDataProductEntity,
} from '@meshwork/plugin-data-products-common';
import type { DataProductEntityV1alpha1 } from '@meshwork/plugin-data-products-common';
import {
  exampleFindEntity,
  fetchStepRunner,
  formAnswers,
  formFields,
  requiredFields,
  steps,
  template,
} from './__testUtils__/newDataProductTemplate';
import { PUBLISH_LOCAL_ACTION_ID } from './publishLocalAction';
import { REGISTER_LOCAL_ACTION_ID } from './registerLocalAction';

// Runs the template's real fetch:template step on its skeleton with what a
// domain owner would type, and judges the document as the linter and the
// scorecard do.

// Runs the fetch step on the template's own skeleton, as the scaffolder does.
const produce = fetchStepRunner();

function scorecardOf(entity: DataProductEntityV1alpha1) {
  return evaluateDataProduct(entity, builtinScorecardRules, {
    findEntity: exampleFindEntity(),
  });
}

const kind = dataProductEntityV1alpha1Schema.properties;
const outputPort = kind.spec.properties.outputPorts.items.properties;

describe('the New data product template', () => {
  it.each(formFields.status.enum!)(
    'writes a valid %s product that reaches bronze once its owner and domain exist',
    async status => {
      const { entity } = await produce(formAnswers({ status }));

      expect(validateDataProductEntity(entity)).toEqual([]);
      const scorecard = scorecardOf(entity);
      const bronze = scorecard.results.filter(r => r.level === 'bronze');
      expect(
        bronze.filter(r => !['pass', 'not-applicable'].includes(r.state)),
      ).toEqual([]);
      expect(['bronze', 'silver', 'gold']).toContain(scorecard.level);
    },
  );

  it('puts every answer where the kind expects it', async () => {
    const answers = formAnswers({
      containsPii: true,
      classification: 'restricted',
    });
    const { entity } = await produce(answers);

    expect(entity.metadata).toEqual({
      name: answers.name,
      title: answers.title,
      description: answers.description,
    });
    expect(entity.spec).toMatchObject({
      owner: answers.owner,
      domain: answers.domain,
      status: answers.status,
      type: answers.type,
      version: answers.version,
      purpose: answers.purpose,
      classification: 'restricted',
      containsPii: true,
      support: [{ channel: answers.supportChannel, url: answers.supportUrl }],
      outputPorts: [
        {
          name: answers.portName,
          description: answers.portDescription,
          type: answers.portType,
          server: {
            type: answers.serverType,
            location: answers.serverLocation,
          },
          classification: 'restricted',
          containsPii: true,
        },
      ],
    });
  });

  it('keeps what the owner typed, quotes, colons, hashes and line breaks included', async () => {
    const tricky = `Orders: "returned" & refunded # not a comment\n{{ not a template }} 'quoted' — ünïcode`;
    const { entity } = await produce(
      formAnswers({
        description: tricky,
        purpose: tricky,
        serverLocation: '#x: y',
      }),
    );

    expect(validateDataProductEntity(entity)).toEqual([]);
    expect(entity.metadata.description).toBe(tricky);
    expect(entity.spec.purpose).toBe(tricky);
    expect(entity.spec.outputPorts![0].server!.location).toBe('#x: y');
  });

  it('titles the product by its name when the owner gives no title', async () => {
    const { entity } = await produce(formAnswers({ title: undefined }));

    expect(validateDataProductEntity(entity)).toEqual([]);
    expect(entity.metadata.title).toBe('orders-returns');
    expect(entity.spec.containsPii).toBe(false);
  });

  it("offers exactly the kind's values, so the form and the schema can't drift", () => {
    expect(formFields.status.enum).toEqual(kind.spec.properties.status.enum);
    expect(formFields.type.enum).toEqual(kind.spec.properties.type.enum);
    expect(formFields.classification.enum).toEqual(
      kind.spec.properties.classification.enum,
    );
    expect(formFields.portType.enum).toEqual(outputPort.type.enum);
    expect(formFields.portName.pattern).toBe(outputPort.name.pattern);
    expect(formFields.version.pattern).toBe(
      kind.spec.properties.version.pattern,
    );
    expect(formFields.supportUrl.pattern).toBe(
      kind.spec.properties.support.items.properties.url.pattern,
    );
  });

  it('makes the owner answer everything bronze needs', () => {
    // has-owner, has-domain, has-description, has-support-channel, has-output-port
    expect(requiredFields).toEqual(
      expect.arrayContaining([
        'owner',
        'domain',
        'description',
        'purpose',
        'supportChannel',
        'supportUrl',
        'portName',
        'portDescription',
        'serverType',
        'serverLocation',
      ]),
    );
    const bronzeDescription = 40; // has-description, in -common's scorecard/bronzeRules.ts
    expect(formFields.description.minLength).toBeGreaterThanOrEqual(
      bronzeDescription,
    );
    expect(formFields.domain['ui:options']?.catalogFilter).toEqual({
      kind: 'Domain',
    });
    expect(formFields.owner['ui:options']?.catalogFilter).toEqual({
      kind: 'Group',
    });
  });

  it('publishes and registers with the example backend actions and links to what it registered', () => {
    expect(steps.map(step => step.action)).toEqual([
      'fetch:template',
      PUBLISH_LOCAL_ACTION_ID,
      REGISTER_LOCAL_ACTION_ID,
    ]);
    const register = steps.find(s => s.action === REGISTER_LOCAL_ACTION_ID)!;
    expect(template.spec.output.links[0].entityRef).toBe(
      `\${{ steps['${register.id}'].output.entityRef }}`,
    );
  });
});
