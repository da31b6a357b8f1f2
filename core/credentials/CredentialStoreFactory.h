#pragma once
// Picks where camera passwords are kept: the desktop secret store when it answers a probe, else a
// file readable only by the user (the bare wall PC without a secret service).
// PANTAU_CREDENTIALS=file forces the file (tests, headless walls); =keychain forces the secret
// store even when its probe fails. Settings show the chosen store's kind().
//
// Threads: call from the thread that will own the store (the GUI thread, at startup, before
// windows open): the probe runs a local event loop for at most probeTimeoutMs.
#include "core/credentials/CredentialStore.h"

#include <memory>

namespace pantau {

std::unique_ptr<CredentialStore> createCredentialStore(const QString &fileFallbackPath, int probeTimeoutMs);

// <AppDataLocation>/credentials.json, next to the site file.
QString defaultCredentialFilePath();

} // namespace pantau
