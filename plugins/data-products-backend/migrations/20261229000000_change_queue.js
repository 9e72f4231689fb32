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
  await knex.schema.createTable('data_product_change_queue', table => {
    table.comment(
      'Entities the catalog processed as changed, waiting for the products that read them to be evaluated: shared by every replica, so a change is evaluated once whichever replica heard it',
    );
    table
      .string('entity_ref', 255)
      .primary()
      .comment('The changed entity, as a full entity ref');
    table
      .timestamp('queued_at', { useTz: true })
      .notNullable()
      .comment('When the change was last heard');
    table
      .timestamp('due_at', { useTz: true })
      .notNullable()
      .comment(
        'When to look: a moment after it was heard, as the catalog stores the processed entity after it reports it, and once more later',
      );
    table
      .integer('looks')
      .notNullable()
      .defaultTo(0)
      .comment(
        'How many times the products that read it were evaluated since it was heard',
      );
    table.index(['due_at'], 'data_product_change_queue_due_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('data_product_change_queue');
};
