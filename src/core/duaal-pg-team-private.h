/* duaal-pg-team-private.h: roles, row-level security and team members of the PostgreSQL store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "duaal-store.h"

G_BEGIN_DECLS

/* Schema step 2 of the PostgreSQL backend (duaal-pg-schema.c): who sees
 * and changes what (SPEC 13, the table of roles; SPEC 6).
 *
 * Identity is the login: app_user maps it to a role and a person
 * (teacher, trainer or learner id; none for a coach).  The login that
 * set the database up owns every table and is the only one that
 * bypasses the rules below ("setup").  Each role's login is a member of
 * one group role, duaal_coach, duaal_teacher, duaal_trainer or
 * duaal_learner, which holds exactly the privileges of its row of the
 * table; row-level security (forced, so the setup login's own views and
 * functions obey it too, unless it is a superuser) cuts every table with
 * personal data down to the login's scope.
 *
 * Scope functions are SECURITY DEFINER, so they read app_user and the
 * learner table without recursing into the policies; inside them
 * current_user is their owner, so they key on session_user, the login
 * that connected.  Policies let the owner through first (duaal_is_owner,
 * on current_user): that is the setup login itself and the scope
 * functions, never a person's login.
 *
 * Comments: the base score tables grant a person's login every column
 * but comment; score_log_seen, current_score_seen and period_score_seen
 * show the comment only to its own actor (and the coach).  A learner's
 * login sees only its own actor's rows; the other actors' colour and
 * progress come from duaal_score_summary().  Closing a period copies
 * every actor's comment, so it is duaal_close_period(), which checks the
 * caller may.  A learner's scores cannot bring the attention list up
 * to date (that takes the other actors' scores): they mark it stale in
 * attention_stale instead.  Only the setup login updates or deletes
 * score-log rows, closed periods or their snapshots (privileges, and
 * triggers that also stop cascades from a person's delete).
 *
 * A string literal, one migration step; the statements are PostgreSQL 15. */
#define DUAAL_PG_TEAM_SEEN_ROW \
  "CASE WHEN (SELECT duaal_sees_all ()) THEN true" \
  " ELSE s.learner_id = ANY ((SELECT duaal_my_learners ())::bigint[]) AND s.actor IS NOT DISTINCT FROM" \
  "  CASE WHEN (SELECT duaal_my_role ()) = 'learner' THEN 0 ELSE s.actor END END"
/* The scores behind a summary of one learner in scope (p_learner), now
 * (p_period 0) or in a closed period: CTEs "me" (empty out of scope)
 * and "cells". */
#define DUAAL_PG_TEAM_SUMMARY_CELLS \
  "  WITH me AS (SELECT l.id, g.qualification_id, p.id AS period_id FROM learner l" \
  "      JOIN class_group g ON g.id = l.group_id" \
  "      LEFT JOIN period p ON p.group_id = l.group_id AND p.number = p_period AND p.closed_at IS NOT NULL" \
  "      WHERE l.id = p_learner AND l.id = ANY (duaal_my_learners ())" \
  "        AND (p_period = 0 OR p.id IS NOT NULL))," \
  "    cells AS (SELECT learner_id, indicator_id, actor, mastery, coverage FROM current_score" \
  "        WHERE learner_id = p_learner AND p_period = 0" \
  "      UNION ALL SELECT s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage" \
  "        FROM period_score s JOIN me ON s.period_id = me.period_id AND s.learner_id = me.id),"
#define DUAAL_PG_SCHEMA_TEAM \
  /* teachers teach several groups; teacher.group_id stays for old rows */ \
  "ALTER TABLE teacher ALTER COLUMN group_id DROP NOT NULL;" \
  "CREATE TABLE teaches (" \
  "  teacher_id bigint NOT NULL REFERENCES teacher (id) ON DELETE CASCADE," \
  "  group_id bigint NOT NULL REFERENCES class_group (id) ON DELETE CASCADE," \
  "  PRIMARY KEY (teacher_id, group_id));" \
  "CREATE INDEX teaches_by_group ON teaches (group_id);" \
  "INSERT INTO teaches (teacher_id, group_id)" \
  "  SELECT id, group_id FROM teacher WHERE group_id IS NOT NULL;" \
  "CREATE FUNCTION duaal_teacher_teaches () RETURNS trigger LANGUAGE plpgsql AS $$" \
  "BEGIN" \
  "  INSERT INTO teaches (teacher_id, group_id) VALUES (NEW.id, NEW.group_id) ON CONFLICT DO NOTHING;" \
  "  RETURN NULL;" \
  "END $$;" \
  "CREATE TRIGGER teacher_teaches AFTER INSERT ON teacher" \
  "  FOR EACH ROW WHEN (NEW.group_id IS NOT NULL) EXECUTE FUNCTION duaal_teacher_teaches ();" \
  \
  /* A learner's login may not read the other actors' masteries, so its \
   * scores cannot bring the attention list up to date: they mark the \
   * competence here instead, for the next login that may to redo. */ \
  "CREATE TABLE attention_stale (" \
  "  learner_id bigint NOT NULL REFERENCES learner (id) ON DELETE CASCADE," \
  "  competence_id bigint NOT NULL REFERENCES competence (id) ON DELETE CASCADE," \
  "  PRIMARY KEY (learner_id, competence_id));" \
  \
  "CREATE TABLE app_user (" \
  "  login name PRIMARY KEY," \
  "  role text NOT NULL CHECK (role IN ('coach', 'teacher', 'trainer', 'learner'))," \
  "  person_id bigint," \
  "  CHECK ((role = 'coach') = (person_id IS NULL)));" \
  \
  /* group roles are cluster-wide: another database may have made them */ \
  "DO $$ DECLARE r text; BEGIN" \
  "  FOREACH r IN ARRAY ARRAY['duaal_coach', 'duaal_teacher', 'duaal_trainer', 'duaal_learner'] LOOP" \
  "    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN" \
  "      EXECUTE format ('CREATE ROLE %I NOLOGIN', r);" \
  "    END IF;" \
  "  END LOOP;" \
  "END $$;" \
  \
  /* who am I: the owner (inside a definer function: its owner) */ \
  "CREATE FUNCTION duaal_owner () RETURNS name LANGUAGE sql STABLE SECURITY DEFINER" \
  "  SET search_path FROM CURRENT AS $$ SELECT current_user::name $$;" \
  "CREATE FUNCTION duaal_is_owner () RETURNS boolean LANGUAGE sql STABLE" \
  "  SET search_path FROM CURRENT AS $$ SELECT pg_has_role (current_user, duaal_owner (), 'MEMBER') $$;" \
  /* the connected login's role: setup, coach, teacher, trainer, learner or NULL */ \
  "CREATE FUNCTION duaal_my_role () RETURNS text LANGUAGE sql STABLE SECURITY DEFINER" \
  "  SET search_path FROM CURRENT AS $$" \
  "  SELECT CASE WHEN pg_has_role (session_user, current_user, 'MEMBER') THEN 'setup'" \
  "    ELSE (SELECT role FROM app_user WHERE login = session_user) END $$;" \
  "CREATE FUNCTION duaal_my_person () RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER" \
  "  SET search_path FROM CURRENT AS $$ SELECT person_id FROM app_user WHERE login = session_user $$;" \
  /* the actor a login scores as (DuaalActor), NULL for coach and setup */ \
  "CREATE FUNCTION duaal_my_actor () RETURNS integer LANGUAGE sql STABLE" \
  "  SET search_path FROM CURRENT AS $$" \
  "  SELECT CASE duaal_my_role () WHEN 'learner' THEN 0 WHEN 'teacher' THEN 1 WHEN 'trainer' THEN 2 END $$;" \
  "CREATE FUNCTION duaal_sees_all () RETURNS boolean LANGUAGE sql STABLE" \
  "  SET search_path FROM CURRENT AS $$" \
  "  SELECT duaal_is_owner () OR coalesce (duaal_my_role () IN ('setup', 'coach'), false) $$;" \
  /* the scope of a teacher, trainer or learner login (empty for others) */ \
  "CREATE FUNCTION duaal_my_learners () RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER" \
  "  SET search_path FROM CURRENT AS $$" \
  "  SELECT coalesce (array_agg (l.id), '{}') FROM app_user u JOIN learner l ON" \
  "    (u.role = 'learner' AND l.id = u.person_id)" \
  "    OR (u.role = 'trainer' AND l.trainer_id = u.person_id)" \
  "    OR (u.role = 'teacher' AND l.group_id IN (SELECT group_id FROM teaches WHERE teacher_id = u.person_id))" \
  "  WHERE u.login = session_user $$;" \
  "CREATE FUNCTION duaal_my_groups () RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER" \
  "  SET search_path FROM CURRENT AS $$" \
  "  SELECT coalesce (array_agg (DISTINCT g), '{}') FROM (" \
  "    SELECT t.group_id FROM app_user u JOIN teaches t ON t.teacher_id = u.person_id" \
  "      WHERE u.login = session_user AND u.role = 'teacher'" \
  "    UNION SELECT l.group_id FROM learner l WHERE l.id = ANY (duaal_my_learners ())) AS s (g) $$;" \
  "CREATE FUNCTION duaal_my_companies () RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER" \
  "  SET search_path FROM CURRENT AS $$" \
  "  SELECT coalesce (array_agg (DISTINCT c), '{}') FROM (" \
  "    SELECT l.company_id FROM learner l WHERE l.id = ANY (duaal_my_learners ())" \
  "    UNION SELECT t.company_id FROM app_user u JOIN trainer t ON t.id = u.person_id" \
  "      WHERE u.login = session_user AND u.role = 'trainer') AS s (c) WHERE c IS NOT NULL $$;" \
  "CREATE FUNCTION duaal_my_trainers () RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER" \
  "  SET search_path FROM CURRENT AS $$" \
  "  SELECT coalesce (array_agg (DISTINCT t), '{}') FROM (" \
  "    SELECT l.trainer_id FROM learner l WHERE l.id = ANY (duaal_my_learners ())" \
  "    UNION SELECT person_id FROM app_user WHERE login = session_user AND role = 'trainer') AS s (t)" \
  "  WHERE t IS NOT NULL $$;" \
  "CREATE FUNCTION duaal_my_teachers () RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER" \
  "  SET search_path FROM CURRENT AS $$" \
  "  SELECT coalesce (array_agg (DISTINCT t), '{}') FROM (" \
  "    SELECT teacher_id FROM teaches WHERE group_id = ANY (duaal_my_groups ())" \
  "    UNION SELECT person_id FROM app_user WHERE login = session_user AND role = 'teacher') AS s (t) $$;" \
  \
  /* Row-level security.  Every test is CASE WHEN ... so the owner's own \
   * check comes first (no recursion from the definer functions), and \
   * each function runs once per statement (an InitPlan), not per row. */ \
  "CREATE FUNCTION duaal_scope_policy (tab text, col text, fn text, extra text) RETURNS void" \
  "  LANGUAGE plpgsql AS $$ BEGIN" \
  "  EXECUTE format ('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tab);" \
  "  EXECUTE format ('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tab);" \
  "  EXECUTE format ('CREATE POLICY scope ON %I USING (CASE WHEN (SELECT duaal_sees_all ())'" \
  "                  || ' THEN true ELSE %I = ANY ((SELECT %I ())::bigint[]) %s END)', tab, col, fn, extra);" \
  "END $$;" \
  "DO $$ BEGIN PERFORM duaal_scope_policy (t, c, f, e) FROM (VALUES" \
  "  ('class_group', 'id', 'duaal_my_groups', '')," \
  "  ('teacher', 'id', 'duaal_my_teachers', '')," \
  "  ('teaches', 'teacher_id', 'duaal_my_teachers', '')," \
  "  ('company', 'id', 'duaal_my_companies', '')," \
  "  ('company_activity', 'company_id', 'duaal_my_companies', '')," \
  "  ('trainer', 'id', 'duaal_my_trainers', '')," \
  "  ('learner', 'id', 'duaal_my_learners', '')," \
  "  ('plan', 'learner_id', 'duaal_my_learners', '')," \
  "  ('attention_item', 'learner_id', 'duaal_my_learners', '')," \
  "  ('attention_stale', 'learner_id', 'duaal_my_learners', '')," \
  "  ('period', 'group_id', 'duaal_my_groups', '')," \
  "  ('session_plan', 'group_id', 'duaal_my_groups', '')," \
  "  ('session_duration', 'group_id', 'duaal_my_groups', '')," \
  "  ('session_date', 'group_id', 'duaal_my_groups', '')," \
  /* a learner's login: only its own actor's rows */ \
  "  ('score_log', 'learner_id', 'duaal_my_learners', 'AND actor IS NOT DISTINCT FROM" \
  " CASE WHEN (SELECT duaal_my_role ()) = ''learner'' THEN 0 ELSE actor END')," \
  "  ('current_score', 'learner_id', 'duaal_my_learners', 'AND actor IS NOT DISTINCT FROM" \
  " CASE WHEN (SELECT duaal_my_role ()) = ''learner'' THEN 0 ELSE actor END')," \
  "  ('period_score', 'learner_id', 'duaal_my_learners', 'AND actor IS NOT DISTINCT FROM" \
  " CASE WHEN (SELECT duaal_my_role ()) = ''learner'' THEN 0 ELSE actor END')) AS p (t, c, f, e); END $$;" \
  "DROP FUNCTION duaal_scope_policy (text, text, text, text);" \
  /* change notices, when kept in a table: those about learners in \
   * scope, and the rest without a learner */ \
  "DO $$ BEGIN IF to_regclass ('change_log') IS NOT NULL THEN" \
  "  ALTER TABLE change_log ENABLE ROW LEVEL SECURITY;" \
  "  ALTER TABLE change_log FORCE ROW LEVEL SECURITY;" \
  "  CREATE POLICY scope ON change_log USING (CASE WHEN (SELECT duaal_sees_all ()) THEN true" \
  "    WHEN learner_id IS NOT NULL THEN learner_id = ANY ((SELECT duaal_my_learners ())::bigint[])" \
  "    WHEN group_id IS NOT NULL THEN group_id = ANY ((SELECT duaal_my_groups ())::bigint[])" \
  "    ELSE true END);" \
  "  GRANT SELECT, INSERT ON change_log TO duaal_coach, duaal_teacher, duaal_trainer, duaal_learner;" \
  "END IF; END $$;" \
  /* logins: one's own row; the coach sees them all */ \
  "ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;" \
  "ALTER TABLE app_user FORCE ROW LEVEL SECURITY;" \
  "CREATE POLICY scope ON app_user USING (CASE WHEN (SELECT duaal_sees_all ()) THEN true" \
  "  ELSE login = session_user END);" \
  \
  /* What each role may change, within what it sees (SPEC 13). \
   * Restrictive policies narrow the scope policies above per command. */ \
  /* a period is closed with its snapshot, by duaal_close_period () */ \
  "CREATE POLICY open_periods ON period AS RESTRICTIVE FOR UPDATE" \
  "  USING (closed_at IS NULL OR (SELECT duaal_is_owner ()))" \
  "  WITH CHECK (closed_at IS NULL OR (SELECT duaal_is_owner ()));" \
  "CREATE POLICY new_periods_open ON period AS RESTRICTIVE FOR INSERT" \
  "  WITH CHECK (closed_at IS NULL OR (SELECT duaal_is_owner ()));" \
  "CREATE POLICY own_actor ON score_log AS RESTRICTIVE FOR INSERT" \
  "  WITH CHECK ((SELECT duaal_is_owner ()) OR (actor = (SELECT duaal_my_actor ())" \
  "    AND author_role = actor AND learner_id = ANY ((SELECT duaal_my_learners ())::bigint[])));" \
  "CREATE POLICY own_actor_insert ON current_score AS RESTRICTIVE FOR INSERT" \
  "  WITH CHECK ((SELECT duaal_is_owner ()) OR actor = (SELECT duaal_my_actor ()));" \
  "CREATE POLICY own_actor_update ON current_score AS RESTRICTIVE FOR UPDATE" \
  "  USING ((SELECT duaal_is_owner ()) OR actor = (SELECT duaal_my_actor ()))" \
  "  WITH CHECK ((SELECT duaal_is_owner ()) OR actor = (SELECT duaal_my_actor ()));" \
  "CREATE POLICY own_actor_delete ON current_score AS RESTRICTIVE FOR DELETE" \
  "  USING ((SELECT duaal_is_owner ()) OR actor = (SELECT duaal_my_actor ()));" \
  \
  /* The score log and closed periods are history: only the setup login \
   * rewrites them.  Privileges keep a person's login out; these \
   * triggers also stop the cascades of a delete that a person may do. */ \
  "CREATE FUNCTION duaal_keep_history () RETURNS trigger LANGUAGE plpgsql" \
  "  SET search_path FROM CURRENT AS $$ BEGIN" \
  "  IF duaal_my_role () = 'setup' THEN RETURN coalesce (NEW, OLD); END IF;" \
  "  IF TG_TABLE_NAME = 'period' THEN" \
  "    IF OLD.closed_at IS NULL THEN RETURN coalesce (NEW, OLD); END IF;" \
  "  END IF;" \
  "  RAISE EXCEPTION 'the score log and closed periods never change' USING ERRCODE = 'insufficient_privilege';" \
  "END $$;" \
  "CREATE TRIGGER keep_history BEFORE UPDATE OR DELETE ON score_log" \
  "  FOR EACH ROW EXECUTE FUNCTION duaal_keep_history ();" \
  "CREATE TRIGGER keep_history BEFORE UPDATE OR DELETE ON period_score" \
  "  FOR EACH ROW EXECUTE FUNCTION duaal_keep_history ();" \
  "CREATE TRIGGER keep_history BEFORE UPDATE OR DELETE ON period" \
  "  FOR EACH ROW EXECUTE FUNCTION duaal_keep_history ();" \
  \
  "CREATE FUNCTION duaal_mark_attention_stale () RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER" \
  "  SET search_path FROM CURRENT AS $$ BEGIN" \
  "  IF duaal_my_role () = 'learner' THEN" \
  "    INSERT INTO attention_stale (learner_id, competence_id)" \
  "      SELECT NEW.learner_id, competence_id FROM indicator WHERE id = NEW.indicator_id" \
  "      ON CONFLICT DO NOTHING;" \
  "  END IF;" \
  "  RETURN NULL;" \
  "END $$;" \
  "CREATE TRIGGER mark_attention_stale AFTER INSERT ON score_log" \
  "  FOR EACH ROW EXECUTE FUNCTION duaal_mark_attention_stale ();" \
  \
  /* Scores as a person's login reads them: its own actor's comments only \
   * (the coach: all).  The views cut the rows as the tables' policies \
   * do, since a superuser's views would bypass those. */ \
  "CREATE VIEW score_log_seen WITH (security_barrier) AS" \
  "  SELECT s.id, s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage," \
  "    CASE WHEN (SELECT duaal_sees_all ()) OR s.actor = (SELECT duaal_my_actor ()) THEN s.comment END AS comment," \
  "    s.author_role, s.recorded_at, s.undo_of, s.fields, s.source FROM score_log s" \
  "  WHERE " DUAAL_PG_TEAM_SEEN_ROW ";" \
  "CREATE VIEW current_score_seen WITH (security_barrier) AS" \
  "  SELECT s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage," \
  "    CASE WHEN (SELECT duaal_sees_all ()) OR s.actor = (SELECT duaal_my_actor ()) THEN s.comment END AS comment," \
  "    s.log_id FROM current_score s" \
  "  WHERE " DUAAL_PG_TEAM_SEEN_ROW ";" \
  "CREATE VIEW period_score_seen WITH (security_barrier) AS" \
  "  SELECT s.period_id, s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage," \
  "    CASE WHEN (SELECT duaal_sees_all ()) OR s.actor = (SELECT duaal_my_actor ()) THEN s.comment END AS comment," \
  "    s.log_id FROM period_score s" \
  "  WHERE " DUAAL_PG_TEAM_SEEN_ROW ";" \
  \
  /* Every actor's colour and progress per competence of a learner in \
   * scope, now (period 0) or in a closed period, for a learner's login, \
   * which may not read the other actors' indicator scores.  The colour \
   * is duaal_tally_get_colour() (duaal-rules.c): keep the two the same. */ \
  "CREATE FUNCTION duaal_score_summary (p_learner bigint, p_period integer)" \
  "  RETURNS TABLE (competence_code text, actor integer, n integer, covered integer, colour integer)" \
  "  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$" \
  DUAAL_PG_TEAM_SUMMARY_CELLS \
  "    tally AS (SELECT c.code, c.position, a.actor, count (i.id)::integer AS n," \
  "        count (*) FILTER (WHERE s.mastery = 1)::integer AS x," \
  "        count (*) FILTER (WHERE s.mastery = 2)::integer AS lil," \
  "        count (*) FILTER (WHERE s.mastery = 3)::integer AS v," \
  "        count (*) FILTER (WHERE s.coverage IS NOT NULL AND s.coverage > 1)::integer AS covered" \
  "      FROM me JOIN competence c ON c.qualification_id = me.qualification_id" \
  "      CROSS JOIN (VALUES (0), (1), (2)) AS a (actor)" \
  "      JOIN indicator i ON i.competence_id = c.id" \
  "      LEFT JOIN cells s ON s.indicator_id = i.id AND s.actor = a.actor" \
  "      GROUP BY c.code, c.position, a.actor)" \
  "  SELECT code, actor, n, covered," \
  "    CASE WHEN n = 0 OR x + lil + v = 0 THEN 0 WHEN v * 100 >= 80 * n THEN 4" \
  "      WHEN (lil + v) * 100 >= 80 * n THEN 3 WHEN (lil + v) * 100 >= 50 * n THEN 2 ELSE 1 END" \
  "  FROM tally ORDER BY position, actor $$;" \
  /* The competence route (SPEC 10) as its four counts, for the same \
   * reader: an indicator is covered where its coverage is S or R, as \
   * duaal_route_classify() (duaal-route.c) says: keep the two the same. */ \
  "CREATE FUNCTION duaal_route_summary (p_learner bigint, p_period integer)" \
  "  RETURNS TABLE (competence_code text, workplace_only integer, in_both integer, campus_only integer, not_yet integer)" \
  "  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$" \
  DUAAL_PG_TEAM_SUMMARY_CELLS \
  "    per_indicator AS (SELECT c.code, c.position," \
  "        coalesce (bool_or (s.actor = 2 AND s.coverage > 1), false) AS workplace," \
  "        coalesce (bool_or (s.actor = 1 AND s.coverage > 1), false) AS campus" \
  "      FROM me JOIN competence c ON c.qualification_id = me.qualification_id" \
  "      JOIN indicator i ON i.competence_id = c.id" \
  "      LEFT JOIN cells s ON s.indicator_id = i.id" \
  "      GROUP BY c.code, c.position, i.id)" \
  "  SELECT code, (count (*) FILTER (WHERE workplace AND NOT campus))::integer," \
  "    (count (*) FILTER (WHERE workplace AND campus))::integer," \
  "    (count (*) FILTER (WHERE campus AND NOT workplace))::integer," \
  "    (count (*) FILTER (WHERE NOT workplace AND NOT campus))::integer" \
  "  FROM per_indicator GROUP BY code, position ORDER BY position $$;" \
  \
  /* Closing a period snapshots every actor's scores with their comments, \
   * which a teacher's login may not read: done here, for a coach or a \
   * teacher of the group.  Returns the number closed, or NULL when every \
   * period is closed; a group out of scope is no group (no_data_found). */ \
  "CREATE FUNCTION duaal_close_period (p_group bigint, p_closed_at bigint) RETURNS integer" \
  "  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$" \
  "DECLARE r text := duaal_my_role (); p record;" \
  "BEGIN" \
  "  IF r IS NULL OR r NOT IN ('setup', 'coach', 'teacher')" \
  "     OR NOT EXISTS (SELECT FROM class_group WHERE id = p_group)" \
  "     OR (r = 'teacher' AND NOT p_group = ANY (duaal_my_groups ())) THEN" \
  "    RAISE EXCEPTION 'no class group %', p_group USING ERRCODE = 'no_data_found';" \
  "  END IF;" \
  "  SELECT id, number INTO p FROM period WHERE group_id = p_group AND closed_at IS NULL" \
  "    ORDER BY number LIMIT 1 FOR UPDATE;" \
  "  IF NOT FOUND THEN RETURN NULL; END IF;" \
  "  INSERT INTO period_score (period_id, learner_id, indicator_id, actor, mastery, coverage, comment, log_id)" \
  "    SELECT p.id, s.learner_id, s.indicator_id, s.actor, s.mastery, s.coverage, s.comment, s.log_id" \
  "    FROM learner l JOIN current_score s ON s.learner_id = l.id WHERE l.group_id = p_group;" \
  "  UPDATE period SET closed_at = p_closed_at WHERE id = p.id;" \
  "  RETURN p.number;" \
  "END $$;" \
  \
  /* Privileges: exactly the table of SPEC 13.  Nothing for PUBLIC. */ \
  "DO $$ DECLARE t text; BEGIN" \
  "  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema () LOOP" \
  "    EXECUTE format ('REVOKE ALL ON %I FROM PUBLIC', t);" \
  "  END LOOP;" \
  "END $$;" \
  "REVOKE ALL ON FUNCTION duaal_close_period (bigint, bigint) FROM PUBLIC;" \
  "GRANT EXECUTE ON FUNCTION duaal_close_period (bigint, bigint) TO duaal_coach, duaal_teacher;" \
  "GRANT SELECT ON duaal_schema, qualification, qualification_level, competence, indicator, knowledge," \
  "  class_group, teacher, teaches, company, company_activity, trainer, learner, plan, period," \
  "  app_user, score_log_seen, current_score_seen, period_score_seen" \
  "  TO duaal_coach, duaal_teacher, duaal_trainer, duaal_learner;" \
  /* the campus sessions' plan names every learner of the group */ \
  "GRANT SELECT ON session_plan, session_duration, session_date TO duaal_coach, duaal_teacher;" \
  /* the coach sees every comment; writes groups, learners, companies, plans, periods */ \
  "GRANT SELECT ON score_log, current_score, period_score TO duaal_coach;" \
  "GRANT INSERT, UPDATE, DELETE ON class_group, teacher, teaches, company, company_activity," \
  "  trainer, learner, plan, session_plan, session_duration, session_date TO duaal_coach;" \
  "GRANT INSERT, UPDATE ON period TO duaal_coach;" \
  /* a teacher: plans and periods of their groups */ \
  "GRANT INSERT, UPDATE, DELETE ON plan, session_plan, session_duration, session_date TO duaal_teacher;" \
  "GRANT INSERT, UPDATE ON period TO duaal_teacher;" \
  /* scoring roles: scores as their own actor; every column but comment */ \
  "GRANT SELECT (id, learner_id, indicator_id, actor, mastery, coverage, author_role, recorded_at," \
  "    undo_of, fields, source), INSERT ON score_log TO duaal_teacher, duaal_trainer, duaal_learner;" \
  "GRANT SELECT (learner_id, indicator_id, actor, mastery, coverage, log_id), INSERT, UPDATE, DELETE" \
  "  ON current_score TO duaal_teacher, duaal_trainer, duaal_learner;" \
  "GRANT SELECT (period_id, learner_id, indicator_id, actor, mastery, coverage, log_id)" \
  "  ON period_score TO duaal_teacher, duaal_trainer, duaal_learner;" \
  /* the attention list names indicators two actors scored apart: not for learners */ \
  "GRANT SELECT, INSERT, UPDATE, DELETE ON attention_item TO duaal_coach, duaal_teacher, duaal_trainer;" \
  "GRANT SELECT, DELETE ON attention_stale TO duaal_coach, duaal_teacher, duaal_trainer;" \
  "DO $$ DECLARE s record; BEGIN" \
  "  FOR s IN SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema () LOOP" \
  "    EXECUTE format ('GRANT USAGE ON SEQUENCE %I TO duaal_coach, duaal_teacher, duaal_trainer, duaal_learner'," \
  "                    s.sequencename);" \
  "  END LOOP;" \
  "END $$;"

void duaal_pg_team_iface_init (DuaalStoreInterface *iface);

G_END_DECLS
