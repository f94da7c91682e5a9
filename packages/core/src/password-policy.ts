// Password strength as 等保 2.0 (GB/T 22239-2019, 身份鉴别) asks of government systems: long enough,
// mixed character kinds, and not the account name. One rule for every place a password is set.
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;
/** Of upper-case letters, lower-case letters, digits and other characters, at least this many kinds. */
export const MIN_CHARACTER_KINDS = 3;

const KINDS = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

export const PASSWORD_RULE = `至少 ${MIN_PASSWORD_LENGTH} 位，含大写字母、小写字母、数字、符号中的至少 ${MIN_CHARACTER_KINDS} 种，且不含用户名`;

/** Why `password` may not be used by `username`, in words a clerk understands; null when it may. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 位`;
  if (password.length > MAX_PASSWORD_LENGTH) return `密码不能超过 ${MAX_PASSWORD_LENGTH} 位`;
  if (KINDS.filter((k) => k.test(password)).length < MIN_CHARACTER_KINDS) {
    return `密码须含大写字母、小写字母、数字、符号中的至少 ${MIN_CHARACTER_KINDS} 种`;
  }
  if (username.length > 0 && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}
