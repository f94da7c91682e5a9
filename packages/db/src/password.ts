import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (OWASP-grade memory cost).
export const hashPassword = (password: string) => hash(password, { algorithm: 2 });
export const verifyPassword = (hashed: string, password: string) => verify(hashed, password);
