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
  Content,
  ContentHeader,
  Header,
  Page,
} from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import {
  Button,
  Card,
  CardBody,
  CardFooter,
  CardHeader,
  Grid,
  Text,
} from '@backstage/ui';
import type { ExampleUser } from './exampleUsers';

/** The development sign-in's choice of who to be. */
export function ExampleUserPicker(props: {
  users: ExampleUser[];
  onPick: (user: ExampleUser) => void;
}) {
  const appTitle = useApi(configApiRef).getOptionalString('app.title');
  return (
    <Page themeId="home">
      <Header title={appTitle ?? 'Backstage'} />
      <Content>
        <ContentHeader title="Sign in as one of the example mesh's people" />
        <Text as="p" color="secondary">
          Development only: each person signs in with their groups from the
          catalog, without a password. Sign out to switch.
        </Text>
        <Grid.Root columns={{ initial: '1', md: '3' }} gap="4" mt="4">
          {props.users.map(user => (
            <Card key={user.entityRef}>
              <CardHeader>
                <Text as="h2" variant="title-small">
                  {user.title}
                </Text>
                <Text variant="body-small" color="secondary">
                  {user.entityRef}
                </Text>
              </CardHeader>
              <CardBody>
                <Text as="p">{user.description}</Text>
              </CardBody>
              <CardFooter>
                <Button
                  variant="primary"
                  aria-label={`Sign in as ${user.title}`}
                  onPress={() => props.onPick(user)}
                >
                  Sign in
                </Button>
              </CardFooter>
            </Card>
          ))}
        </Grid.Root>
      </Content>
    </Page>
  );
}
