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

import { Flex, Grid } from '@backstage/ui';
import { BreakingChangesSection } from './BreakingChangesSection';
import { FailingRulesSection } from './FailingRulesSection';
import { RollupsSection } from './RollupsSection';
import { RuleMatrixSection } from './RuleMatrixSection';
import { UnplacedResultsSection } from './UnplacedResultsSection';
import { WaiverQueueSection } from './WaiverQueueSection';

/**
 * The governance review at /data-products/governance: how domains and
 * owners score, what fails most, the waivers waiting for a decision,
 * the recent breaking changes, every product against every rule, and the
 * tool results no port claims.
 * Content only: the page shell is the data products page's.
 */
export function GovernancePage() {
  return (
    <Flex direction="column" gap="4">
      <Grid.Root columns={{ initial: '1', lg: '3' }} gap="4">
        <Grid.Item colSpan={{ initial: '1', lg: '2' }}>
          <RollupsSection />
        </Grid.Item>
        <Grid.Item>
          <FailingRulesSection />
        </Grid.Item>
      </Grid.Root>
      {/* before the matrix, which is long: decisions should not scroll out of sight */}
      <WaiverQueueSection />
      <BreakingChangesSection />
      <RuleMatrixSection />
      <UnplacedResultsSection />
    </Flex>
  );
}
