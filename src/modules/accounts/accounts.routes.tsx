import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { contextOf, safeLocalPath, submitForm } from '../../platform/http/index.ts';
import { emptyForm } from '../../platform/views/index.ts';
import { sessionCookie } from './accounts.hooks.ts';
import { loginForm, passwordForm, tokenIdParams } from './accounts.schemas.ts';
import type { AccountsTables } from './accounts.tables.ts';
import { listOrgs } from './orgs.queries.ts';
import { orgRoutes } from './orgs.routes.tsx';
import { logIn, logOut } from './sessions.service.ts';
import { listApiTokens, revokeApiToken } from './tokens.service.ts';
import { changePassword } from './users.service.ts';
import { LoginPage } from './views/login.page.tsx';
import { PasswordPage } from './views/password.page.tsx';
import { TokensPage } from './views/tokens.page.tsx';

export function accountsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const db = deps.db as Kysely<AccountsTables>;
  const { clock } = deps;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.config.env === 'production',
  };

  app.get('/staff/login', (request, reply) => {
    if (request.actor.kind === 'user') return reply.redirect('/staff', 303);
    const next = safeLocalPath((request.query as Record<string, unknown>).next, '/staff');
    return reply.page(<LoginPage state={emptyForm} next={next} />);
  });

  app.post(
    '/staff/login',
    { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } },
    (request, reply) =>
      submitForm(reply, {
        schema: loginForm,
        body: request.body,
        render: (state) => (
          <LoginPage state={state} next={safeLocalPath(state.values.next, '/staff')} />
        ),
        action: async (form) => {
          const secret = await logIn(db, clock, contextOf(request), form);
          // A new session id on every login (no fixation); the old one, if any, is dropped.
          const previous = request.cookies[sessionCookie];
          if (previous) await logOut(db, clock, contextOf(request), previous);
          reply.setCookie(sessionCookie, secret, cookieOptions);
          return safeLocalPath(form.next, '/staff');
        },
      }),
  );

  app.post('/staff/logout', async (request, reply) => {
    const secret = request.cookies[sessionCookie];
    if (secret) await logOut(db, clock, contextOf(request), secret);
    reply.clearCookie(sessionCookie, { path: '/' });
    return reply.redirect('/staff/login', 303);
  });

  app.get('/staff/password', (_request, reply) => reply.page(<PasswordPage state={emptyForm} />));

  app.post('/staff/password', (request, reply) =>
    submitForm(reply, {
      schema: passwordForm,
      body: request.body,
      render: (state) => <PasswordPage state={{ ...state, values: {} }} />,
      action: async (form) => {
        await changePassword(db, clock, contextOf(request), request.actor.id!, {
          current: form.current,
          next: form.next,
        });
        return '/staff';
      },
    }),
  );

  app.get('/staff/tokens', async (request, reply) => {
    const tokens = await listApiTokens(db, request.actor);
    return reply.page(<TokensPage tokens={tokens} />);
  });

  app.post('/staff/tokens/:id/revoke', async (request, reply) => {
    const { id } = tokenIdParams.parse(request.params);
    await revokeApiToken(db, clock, contextOf(request), id);
    return reply.redirect('/staff/tokens', 303);
  });

  // The org tree is public information (issue 3 contract).
  app.get('/api/v1/orgs', async () => {
    const orgs = await listOrgs(db);
    const codeOf = new Map(orgs.map((o) => [o.id, o.code]));
    return orgs.map((o) => ({
      code: o.code,
      name: o.name,
      kind: o.kind,
      parentCode: o.parentId === null ? null : (codeOf.get(o.parentId) ?? null),
    }));
  });

  orgRoutes(app, deps);
}
