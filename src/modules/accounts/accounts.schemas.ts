import { z } from 'zod';

export const loginForm = z.object({
  username: z
    .string({ error: 'accounts.login.usernameRequired' })
    .trim()
    .min(1, { error: 'accounts.login.usernameRequired' })
    .max(40, { error: 'accounts.login.failed' }),
  password: z
    .string({ error: 'accounts.login.passwordRequired' })
    .min(1, { error: 'accounts.login.passwordRequired' })
    .max(200, { error: 'accounts.login.failed' }),
  next: z.string().max(2000).optional(),
});

export const passwordForm = z
  .object({
    current: z
      .string({ error: 'accounts.password.currentRequired' })
      .min(1, { error: 'accounts.password.currentRequired' })
      .max(200),
    next: z
      .string({ error: 'accounts.password.tooShort' })
      .max(200, { error: 'accounts.password.tooLong' }),
    confirm: z.string().max(200).optional(),
  })
  .refine((form) => form.next === form.confirm, {
    path: ['confirm'],
    error: 'accounts.password.mismatch',
  });

export const tokenIdParams = z.object({ id: z.coerce.number().int().positive() });
