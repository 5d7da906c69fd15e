import type { FastifyInstance } from 'fastify';
import {
  langCookie,
  safeLocalPath,
  submitForm,
  textSizeCookie,
} from '../../platform/http/index.ts';
import { localDateOf } from '../../platform/clock/index.ts';
import { emptyForm } from '../../platform/views/index.ts';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { allItemsFeeds, homeData, originOf, siteStyles } from '../publishing/index.ts';
import { portalSections, prefsForm } from './portal.schemas.ts';
import { HomePage, homeColumns } from './views/home.page.tsx';
import { PrefsPage } from './views/prefs.page.tsx';
import { SectionPage } from './views/section.page.tsx';
import { ServicesPage } from './views/services.page.tsx';
import { TradingPage } from './views/trading.page.tsx';

const oneYear = 365 * 24 * 3600;

export function portalRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const cookieOptions = {
    path: '/',
    maxAge: oneYear,
    sameSite: 'lax' as const,
    httpOnly: true,
    secure: deps.config.env === 'production',
  };

  app.get('/', async (request, reply) => {
    const year = localDateOf(deps.clock.now()).slice(0, 4);
    const { columns, figures } = await homeData(deps.db, homeColumns, 7, `${year}-01-01`);
    const meta = {
      canonical: `${originOf(request, deps.config)}/`,
      ogType: 'website' as const,
      styles: siteStyles,
      feeds: allItemsFeeds(request),
    };
    return reply.page(<HomePage columns={columns} figures={{ year, ...figures }} meta={meta} />);
  });

  // 政务公开 (/openness) is the publishing module's landing page, 政民互动 (/interaction) feedback's.
  const ownedElsewhere = ['services', 'openness', 'interaction'];
  for (const section of portalSections.filter((s) => !ownedElsewhere.includes(s))) {
    app.get(`/${section}`, (_request, reply) => reply.page(<SectionPage section={section} />));
  }
  app.get('/services', (_request, reply) => reply.page(<ServicesPage />));
  app.get('/trading', (_request, reply) => reply.page(<TradingPage />));

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
