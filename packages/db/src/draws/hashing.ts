import { useSha256 } from '@sxgk/core/draw/sha256';
import { nodeSha256 } from '@sxgk/core/draw/sha256-node';

// Imported for its effect by the modules that hash draw inputs: in this (Node) process the
// digests of millions of ids use OpenSSL's SHA-256 instead of the pure-JS one (core/draw/sha256.ts).
useSha256(nodeSha256);
