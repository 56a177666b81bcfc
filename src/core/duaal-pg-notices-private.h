/* duaal-pg-notices-private.h: the PostgreSQL schema's step 3 -> 4: the score log keeps
 * current_score, and change notices that tell each login only its own scope
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

G_BEGIN_DECLS

/* current_score follows the score log by a trigger of the setup login:
 * a person's login can no longer write it without a log entry (it had
 * INSERT, UPDATE and DELETE for its own actor before), and a partial
 * change is merged with the cell's value by that trigger.
 *
 * Change notices: every listening login receives every notice, so a
 * notice carries only its transaction's number; what changed (kind,
 * group, learner, company, qualification, 0 or '' when none) goes to
 * change_log, whose policy shows each login the changes in its scope,
 * as the tables' own policies do (a teacher sees every learner of the
 * groups they teach, a deleted one included).  Rows older than an hour
 * are pruned now and then by a writer (nobody reads them: a notice is
 * read back within a second).  The same trigger function as step 1,
 * so every table's trigger keeps its arguments.
 *
 * A string literal, one migration step; the statements are PostgreSQL 15. */
#define DUAAL_PG_SCHEMA_SCORES_NOTICES \
  /* Before a log entry is stored: the fields it does not set keep the \
   * cell's value (SPEC 3, duaal_score_change_merge(): keep the two the \
   * same), read where it is instead of by the writer first; then \
   * current_score says the same, and a learner's login marks the \
   * attention item stale.  Any failure after this (a policy's check) \
   * fails the transaction, so nothing of it stays. */ \
  "CREATE FUNCTION duaal_score_log_write () RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER" \
  "  SET search_path FROM CURRENT AS $$" \
  "DECLARE cell record;" \
  "BEGIN" \
  "  IF coalesce (NEW.fields, 7) <> 7 THEN" \
  "    SELECT mastery, coverage, comment INTO cell FROM current_score" \
  "      WHERE learner_id = NEW.learner_id AND indicator_id = NEW.indicator_id AND actor = NEW.actor;" \
  "    IF NEW.fields & 1 = 0 THEN NEW.mastery := cell.mastery; END IF;" \
  "    IF NEW.fields & 2 = 0 THEN NEW.coverage := cell.coverage; END IF;" \
  "    IF NEW.fields & 4 = 0 THEN NEW.comment := cell.comment; END IF;" \
  "  END IF;" \
  "  IF NEW.mastery IS NULL AND NEW.coverage IS NULL AND NEW.comment IS NULL THEN" \
  "    DELETE FROM current_score" \
  "      WHERE learner_id = NEW.learner_id AND indicator_id = NEW.indicator_id AND actor = NEW.actor;" \
  "  ELSE" \
  "    INSERT INTO current_score (learner_id, indicator_id, actor, mastery, coverage, comment, log_id)" \
  "      VALUES (NEW.learner_id, NEW.indicator_id, NEW.actor, NEW.mastery, NEW.coverage, NEW.comment, NEW.id)" \
  "      ON CONFLICT (learner_id, indicator_id, actor) DO UPDATE SET mastery = excluded.mastery," \
  "        coverage = excluded.coverage, comment = excluded.comment, log_id = excluded.log_id;" \
  "  END IF;" \
  "  IF NEW.actor = 0 AND duaal_my_role () = 'learner' THEN" \
  "    INSERT INTO attention_stale (learner_id, competence_id)" \
  "      SELECT NEW.learner_id, competence_id FROM indicator WHERE id = NEW.indicator_id" \
  "      ON CONFLICT DO NOTHING;" \
  "  END IF;" \
  "  RETURN NEW;" \
  "END $$;" \
  "CREATE TRIGGER write_score BEFORE INSERT ON score_log" \
  "  FOR EACH ROW EXECUTE FUNCTION duaal_score_log_write ();" \
  "DROP TRIGGER mark_attention_stale ON score_log;" \
  "DROP FUNCTION duaal_mark_attention_stale ();" \
  "REVOKE INSERT, UPDATE, DELETE ON current_score FROM duaal_teacher, duaal_trainer, duaal_learner;" \
  "DROP POLICY own_actor_insert ON current_score;" \
  "DROP POLICY own_actor_update ON current_score;" \
  "DROP POLICY own_actor_delete ON current_score;" \
  \
  "CREATE TABLE change_log (" \
  "  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY," \
  "  xact xid8 NOT NULL DEFAULT pg_current_xact_id ()," \
  "  at timestamptz NOT NULL DEFAULT now ()," \
  "  kind integer NOT NULL," \
  "  group_id bigint NOT NULL," \
  "  learner_id bigint NOT NULL," \
  "  company_id bigint NOT NULL," \
  "  qualification text NOT NULL," \
  "  UNIQUE (xact, kind, group_id, learner_id, company_id, qualification));" \
  "CREATE INDEX change_log_by_time ON change_log (at);" \
  "ALTER TABLE change_log ENABLE ROW LEVEL SECURITY;" \
  "ALTER TABLE change_log FORCE ROW LEVEL SECURITY;" \
  "CREATE POLICY scope ON change_log USING (CASE WHEN (SELECT duaal_sees_all ()) THEN true" \
  "  WHEN learner_id <> 0 THEN learner_id = ANY ((SELECT duaal_my_learners ())::bigint[])" \
  "    OR ((SELECT duaal_my_role ()) = 'teacher' AND group_id = ANY ((SELECT duaal_my_groups ())::bigint[]))" \
  "  WHEN group_id <> 0 THEN group_id = ANY ((SELECT duaal_my_groups ())::bigint[])" \
  "  WHEN company_id <> 0 THEN company_id = ANY ((SELECT duaal_my_companies ())::bigint[])" \
  "  ELSE true END);" \
  "REVOKE ALL ON change_log FROM PUBLIC;" \
  "GRANT SELECT ON change_log TO duaal_coach, duaal_teacher, duaal_trainer, duaal_learner;" \
  \
  "CREATE OR REPLACE FUNCTION duaal_notify_change () RETURNS trigger LANGUAGE plpgsql" \
  "  SECURITY DEFINER SET search_path FROM CURRENT AS $$" \
  "DECLARE" \
  "  r jsonb;" \
  "  g bigint;" \
  "  l bigint;" \
  "  c bigint;" \
  "  q text;" \
  "BEGIN" \
  "  IF TG_OP = 'DELETE' THEN r := to_jsonb (OLD); ELSE r := to_jsonb (NEW); END IF;" \
  "  g := coalesce ((r ->> TG_ARGV[1])::bigint, 0);" \
  "  l := coalesce ((r ->> TG_ARGV[2])::bigint, 0);" \
  "  c := coalesce ((r ->> TG_ARGV[3])::bigint, 0);" \
  "  IF g = 0 AND l <> 0 THEN" \
  "    SELECT group_id INTO g FROM learner WHERE id = l;" \
  "    g := coalesce (g, 0);" \
  "  END IF;" \
  "  IF TG_ARGV[4] = 'self' THEN" \
  "    q := (r ->> 'code') || '@' || (r ->> 'version');" \
  "  ELSIF TG_ARGV[4] <> '' THEN" \
  "    SELECT code || '@' || version INTO q FROM qualification WHERE id = (r ->> TG_ARGV[4])::bigint;" \
  "  END IF;" \
  "  INSERT INTO change_log (kind, group_id, learner_id, company_id, qualification)" \
  "    VALUES (TG_ARGV[0]::integer, g, l, c, coalesce (q, '')) ON CONFLICT DO NOTHING;" \
  "  PERFORM pg_notify ('duaal_changes', pg_current_xact_id ()::text);" \
  "  IF random () < 0.001 THEN" \
  "    DELETE FROM change_log WHERE at < now () - interval '1 hour';" \
  "  END IF;" \
  "  RETURN NULL;" \
  "END $$;"

G_END_DECLS
