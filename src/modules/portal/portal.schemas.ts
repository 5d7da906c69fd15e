import { z } from 'zod';

/** The display-settings form: either field may come alone (the header's one-button forms). */
export const prefsForm = z.object({
  lang: z.enum(['zh-CN', 'en'], { error: 'portal.prefs.error.lang' }).optional(),
  textSize: z.enum(['standard', 'large'], { error: 'portal.prefs.error.textSize' }).optional(),
  next: z.string().max(2000).optional(),
});

export type PrefsForm = z.infer<typeof prefsForm>;

export const portalSections = ['openness', 'services', 'interaction', 'statistics'] as const;
export type PortalSectionId = (typeof portalSections)[number];
