/**
 * Sizes of crypto_secretstream_xchacha20poly1305 as we use it, fixed by the algorithm. A module
 * of its own (no libsodium import) so file formats can be checked on the main thread without
 * loading the crypto library there.
 */
/** Plaintext bytes per chunk: large enough to amortise the WASM call, small enough to stay cheap in memory. */
export const STREAM_CHUNK_BYTES = 1024 * 1024;
export const STREAM_HEADER_BYTES = 24;
/** Per-chunk overhead: a tag byte and a 16-byte MAC. */
export const STREAM_ABYTES = 17;
