import type { FastifyInstance } from 'fastify';
import {
  langCookie,
  safeLocalPath,
  submitForm,
  textSizeCookie,
} from '../../platform/http/index.ts';
import { emptyForm } from '../../platform/views/index.ts';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { portalSections, prefsForm } from './portal.schemas.ts';
import { HomePage } from './views/home.page.tsx';
import { PrefsPage } from './views/prefs.page.tsx';
import { SectionPage } from './views/section.page.tsx';
import { ServicesPage } from './views/services.page.tsx';

const oneYear = 365 * 24 * 3600;

export function portalRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const cookieOptions = {
    path: '/',
    maxAge: oneYear,
    sameSite: 'lax' as const,
    httpOnly: true,
    secure: deps.config.env === 'production',
  };

  app.get('/', (_request, reply) => reply.page(<HomePage />));

  for (const section of portalSections.filter((s) => s !== 'services')) {
    app.get(`/${section}`, (_request, reply) => reply.page(<SectionPage section={section} />));
  }
  app.get('/services', (_request, reply) => reply.page(<ServicesPage />));

  app.get('/prefs', (_request, reply) => reply.page(<PrefsPage state={emptyForm} />));

  app.post(
    '/prefs',
    { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    (request, reply) =>
      submitForm(reply, {
        schema: prefsForm,
        body: request.body,
        render: (state) => <PrefsPage state={state} />,
        action: async (prefs) => {
          if (prefs.lang) reply.setCookie(langCookie, prefs.lang, cookieOptions);
          if (prefs.textSize) reply.setCookie(textSizeCookie, prefs.textSize, cookieOptions);
          return safeLocalPath(prefs.next);
        },
      }),
  );
}
