import type { Migration } from './types';

/**
 * Execution after the vote (issue 14): three collection tables (amounts spent per budget line, amounts received per
 * funder, the officer's yearly report texts), and the phase of each programme. A programme that already has an
 * « as voted » version was voted: it starts in that phase rather than as a draft. Frozen: literal SQL only.
 */
export const m0080Execution: Migration = {
  version: 80,
  name: 'execution',
  up(db) {
    db.exec(`
      CREATE TABLE expenditures (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX expenditures_by_programme ON expenditures (programme_id, position);
      CREATE TABLE receipts (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX receipts_by_programme ON receipts (programme_id, position);
      CREATE TABLE execution_reports (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data))
      ) STRICT;
      CREATE INDEX execution_reports_by_programme ON execution_reports (programme_id, position);
    `);
    db.exec(`
      INSERT INTO sections (programme_id, key, data)
      SELECT p.id, 'execution', json_object(
        'phase', CASE WHEN EXISTS (SELECT 1 FROM frozen_versions v WHERE v.programme_id = p.id) THEN 'voted' ELSE 'draft' END,
        'startedOn', NULL, 'closedOn', NULL, 'finalAssessment', '', 'lessonsLearned', '', 'sustainability', '')
      FROM programmes p
      WHERE NOT EXISTS (SELECT 1 FROM sections s WHERE s.programme_id = p.id AND s.key = 'execution')
    `);
    // A merge base is the snapshot both sides last shared: it gets the same empty execution, so a later merge does
    // not read the new parts as changes of either side.
    db.exec(`
      UPDATE merge_bases SET snapshot = json_set(snapshot,
        '$.execution', json_object('phase', 'draft', 'startedOn', NULL, 'closedOn', NULL, 'finalAssessment', '', 'lessonsLearned', '', 'sustainability', ''),
        '$.expenditures', json_array(), '$.receipts', json_array(), '$.executionReports', json_array())
      WHERE json_type(snapshot, '$.execution') IS NULL
    `);
  },
};
