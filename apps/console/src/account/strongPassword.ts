import { passwordProblem } from '@sxgk/core/password-policy';

/** A form validator with core's password rule, so a clerk hears of a weak password before sending it; the server decides. */
export const strongPassword = (value: string, username: string) => (value ? passwordProblem(value, username) ?? undefined : undefined);
