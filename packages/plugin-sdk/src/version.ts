/** The SDK contract this platform offers; a plugin states the semver range it needs (manifest.sdk). */
export const SDK_VERSION = '1.0.0';
