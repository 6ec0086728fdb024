import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './db';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

/** The numbered `NNN_name.sql` files, in order. */
export function loadMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d+_.+\.sql$/.test(file))
    .sort()
    .map((file) => ({ id: Number.parseInt(file, 10), name: file, sql: readFileSync(dir + file, 'utf8') }))
    .map((migration, index, all) => {
      // Two files with one number: the second would be skipped silently as already applied.
      const twin = all.find((other, at) => at !== index && other.id === migration.id);
      if (twin)
        throw new Error(`Migrations ${twin.name} and ${migration.name} share number ${migration.id}; renumber one.`);
      return migration;
    });
}

/** Apply the migrations not yet recorded, each in its own transaction. Returns the names applied. */
export async function migrate(db: Db, migrations = loadMigrations()): Promise<string[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const done = new Set((await db.query<{ id: number }>('SELECT id FROM schema_migrations')).map((row) => row.id));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    // exec cannot run inside db.transaction on both drivers, so the script carries its own BEGIN/COMMIT.
    await db.exec(
      `BEGIN;\n${migration.sql}\nINSERT INTO schema_migrations (id, name) VALUES (${migration.id}, '${migration.name}');\nCOMMIT;`,
    );
    applied.push(migration.name);
  }
  return applied;
}
