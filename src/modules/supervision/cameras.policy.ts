import type { AccessRule } from '../accounts/index.ts';

/** The service halls' cameras: supervisors and leaders watch; supervisors (and the admin) set them up. */
export const cameraRule: AccessRule = {
  read: ['leader'],
  change: ['supervisor'],
};
