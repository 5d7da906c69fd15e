import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { allSeeders } from '../../app.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { runSeeders } from '../../platform/seed/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(base: string, child: ChildProcess) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${base} never became ready`);
}

/** A tiny browser: keeps cookies, reads the CSRF token, never follows redirects. */
function browser() {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!.trim(), value.join('='));
    }
    return response;
  };
  return {
    get: async (url: string) =>
      remember(await fetch(url, { headers: { cookie: cookie() }, redirect: 'manual' })),
    async submit(pageUrl: string, action: string, fields: Record<string, string>) {
      const page = await this.get(pageUrl);
      const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
      return remember(
        await fetch(action, {
          method: 'POST',
          redirect: 'manual',
          headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ _csrf: token, ...fields }),
        }),
      );
    },
  };
}

describe(
  'sessions across app processes',
  { skip: onPostgres ? false : 'needs PostgreSQL (TEST_DATABASE_URL)' },
  () => {
    let database: TestDatabase;
    const servers: ChildProcess[] = [];
    const bases: string[] = [];

    before(async () => {
      database = await createTestDatabase();
      assert.ok(database.url, 'a PostgreSQL test database has a URL');
      const logger = { info: () => undefined, warn: () => undefined };
      await runSeeders(allSeeders(), {
        db: database.db,
        clock: fixedClock('2026-11-28T09:00:00+08:00'),
        logger,
      });
      for (let i = 0; i < 2; i++) {
        const port = await freePort();
        const child = spawn(process.execPath, ['bin/sunshine.js', 'serve'], {
          cwd: root,
          stdio: ['ignore', 'ignore', 'inherit'],
          env: {
            ...process.env,
            DATABASE_URL: database.url,
            PORT: String(port),
            HOST: '127.0.0.1',
            LOG_LEVEL: 'warn',
            SESSION_SECRET: 'shared-secret-of-both-processes-0123456789',
          },
        });
        servers.push(child);
        bases.push(`http://127.0.0.1:${port}`);
      }
      await Promise.all(bases.map((base, i) => waitReady(base, servers[i]!)));
    });

    after(async () => {
      await Promise.all(
        servers.map(
          (child) =>
            new Promise((resolve) =>
              child.exitCode !== null
                ? resolve(null)
                : (child.once('exit', resolve), child.kill('SIGTERM')),
            ),
        ),
      );
      await database?.close();
    });

    it('signs in through one process and is signed in on the other', async () => {
      const [a, b] = bases as [string, string];
      const me = browser();
      const login = await me.submit(`${a}/staff/login`, `${a}/staff/login`, {
        username: 'lingdao',
        password: 'Sunshine-lingdao-2026',
      });
      assert.equal(login.status, 303);
      const changed = await me.submit(`${a}/staff/password`, `${a}/staff/password`, {
        current: 'Sunshine-lingdao-2026',
        next: 'Shared-Session-1',
        confirm: 'Shared-Session-1',
      });
      assert.equal(changed.status, 303);
      const other = await me.get(`${b}/staff`);
      assert.equal(other.status, 200);
      assert.match(await other.text(), /县领导/);
      const logout = await me.submit(`${b}/staff`, `${b}/staff/logout`, {});
      assert.equal(logout.status, 303);
      assert.equal((await me.get(`${a}/staff`)).status, 303);
    });
  },
);
