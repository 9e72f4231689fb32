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

// @ts-check

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('data_product_notifications_sent', table => {
    table.comment(
      'Events the plugin has notified people of: a second claim of the same event (a retried run, another replica) is ignored',
    );
    table
      .string('event_key', 512)
      .primary()
      .comment(
        'What happened, e.g. level-dropped:<product>:<from>-<to>:<time of the previous evaluation> or waiver-decided:<waiver id>',
      );
    table
      .string('topic', 64)
      .notNullable()
      .comment('The notification topic: the kind of event');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('The data product the event is about');
    table
      .timestamp('sent_at', { useTz: true })
      .notNullable()
      .comment('When the notification was sent; old rows are pruned');
    table.index(['sent_at'], 'data_product_notifications_sent_at_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('data_product_notifications_sent');
};
