-- On PostgreSQL, graphile-worker runs the rows of `jobs` (src/jobs/graphile-queue.ts): each pending
-- row has one graphile job keyed by (task, subject, instant), added by this trigger in the transaction
-- that writes the row. On PGlite `job_queue_schema` is unset and the in-process runner polls `jobs`.

-- When a row may start by the database's clock (now()), given the development clock: production runs
-- it at its instant. A development clock moved forward by an offset runs it that much earlier. A
-- frozen development clock (CLOCK_START) runs it once the clock has reached it, never before: until
-- then it waits at 'infinity', and each clock move reschedules the waiting rows.
CREATE FUNCTION job_run_at(p_at timestamptz) RETURNS timestamptz AS $$
DECLARE
  v_start timestamptz;
  v_offset_ms numeric := 0;
  v_now timestamptz;
BEGIN
  SELECT (value #>> '{}')::timestamptz INTO v_start FROM server_state
    WHERE key = 'clock_start' AND jsonb_typeof(value) = 'string';
  -- The same bounds as src/clock.ts: anything else counts as no move.
  SELECT (value #>> '{}')::numeric INTO v_offset_ms FROM server_state
    WHERE key = 'clock_offset_ms' AND jsonb_typeof(value) = 'number'
      AND (value #>> '{}')::numeric BETWEEN 0 AND 3153600000000 AND (value #>> '{}')::numeric % 1 = 0;
  v_offset_ms := coalesce(v_offset_ms, 0);
  IF v_start IS NULL THEN
    RETURN p_at - make_interval(secs => v_offset_ms / 1000);
  END IF;
  v_now := v_start + make_interval(secs => v_offset_ms / 1000);
  IF p_at > v_now THEN
    RETURN 'infinity';
  END IF;
  -- Already due: in the past by as much as it is overdue, so rows still run oldest first.
  RETURN now() - (v_now - p_at);
END;
$$ LANGUAGE plpgsql STABLE;

-- The graphile job key of a row: one job per (task, subject, instant).
CREATE FUNCTION job_queue_key(p_task text, p_subject text, p_due_at timestamptz) RETURNS text AS $$
  SELECT p_task || '/' || p_subject || '/' || to_char(p_due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION jobs_to_queue() RETURNS trigger AS $$
DECLARE
  v_schema text;
BEGIN
  SELECT value #>> '{}' INTO v_schema FROM server_state WHERE key = 'job_queue_schema';
  IF v_schema IS NULL THEN
    RETURN NEW;
  END IF;
  -- 'replace': a waiting job takes the new run_at; a running one is left to finish and a new one
  -- is added, which finds the row done and does nothing unless the row is pending again (a retry).
  EXECUTE format('SELECT %I.add_job($1, $2, run_at => $3, job_key => $4, max_attempts => 25)', v_schema)
    USING 'plankit_job'::text,
      json_build_object('task', NEW.task, 'subject', NEW.subject, 'dueAt', NEW.due_at),
      job_run_at(NEW.run_after),
      job_queue_key(NEW.task, NEW.subject, NEW.due_at);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER jobs_queue AFTER INSERT OR UPDATE ON jobs FOR EACH ROW WHEN (NEW.status = 'pending')
  EXECUTE FUNCTION jobs_to_queue();
