#pragma once
// pantau-recorder's services, built once and wired: the footage index (recovered at start), the
// recorder, the site follower with the camera passwords, the status channel, and (with --listen)
// the HTTP interface that serves footage and status to other PCs. Main thread.
#include "app/recorder/RecorderCommandLine.h"
#include "core/credentials/CameraPasswordLoader.h"
#include "core/credentials/FileCredentialStore.h"
#include "core/recording/RecorderHttpServer.h"
#include "core/recording/RecorderService.h"
#include "core/recording/RecorderStatusServer.h"
#include "core/recording/SegmentIndex.h"
#include "core/recording/SiteFollower.h"

#include <memory>

namespace pantau::recording {

class RecorderProgram : public QObject
{
    Q_OBJECT
public:
    explicit RecorderProgram(RecorderCommandLine commandLine, QObject *parent = nullptr);
    ~RecorderProgram() override;

    // Opens and recovers the archive, starts following the site and publishing the status.
    // false (after printing why, in the interface language) when the archive cannot be used.
    bool start();
    void shutdown(); // every open segment finished cleanly (bounded)

    // --set-password: reads a password from standard input (without echo on a terminal) and
    // writes its hash to the password file. Returns the exit code; messages in the interface language.
    static int setPassword(const RecorderCommandLine &commandLine);

private:
    void applySite(const Site &site);
    QJsonObject status() const;
    // Starts the HTTP interface when --listen asks for it. Where it cannot (no password for a
    // network address, a damaged password file, the port taken) it says why and the recorder
    // records on without it: recording never stops for the network.
    void startHttp();

    RecorderCommandLine m_cl;
    std::unique_ptr<SegmentIndex> m_index;
    std::unique_ptr<RecorderService> m_service;
    std::unique_ptr<FileCredentialStore> m_credentials;
    std::unique_ptr<CameraPasswordLoader> m_passwords;
    std::unique_ptr<SiteFollower> m_follower;
    std::unique_ptr<RecorderStatusServer> m_status;
    std::unique_ptr<RecorderHttpServer> m_http;
};

} // namespace pantau::recording
