#pragma once
// Where passwords live, so that the site file and the settings never hold one (SiteJson drops
// them): a camera's, and the password of a recorder this PC plays footage from.
//
// Threads: a store belongs to the thread it lives in (the GUI thread in the app). Call every
// method from that thread. Callbacks run later in that same thread, from its event loop, never
// inside the call itself; a store destroyed before an answer arrives never calls back.
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace pantau {

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    // password: the stored password; empty when none is stored (that is no error) or on failure.
    // error: translated and empty when all went well. An error *with* a password is a warning
    // worth showing the operator (the file store had to use its backup, for instance).
    using ReadCallback = std::function<void(std::optional<QString> password, QString error)>;
    // ok: the change is stored. error: translated; with ok, a warning as above.
    using DoneCallback = std::function<void(bool ok, QString error)>;

    explicit CredentialStore(QObject *parent = nullptr) : QObject(parent) {}
    ~CredentialStore() override = default;

    // What keeps the passwords, in the interface language, for settings and support.
    virtual QString kind() const = 0;
    // Whether the store is known to work (the keychain answered its probe, the file's folder exists).
    virtual bool isAvailable() const = 0;

    // An entry by its name (entryKey, recorderKey). Removing an entry that is not stored succeeds.
    virtual void readEntry(const QString &key, ReadCallback done) = 0;
    virtual void writeEntry(const QString &key, const QString &password, DoneCallback done) = 0;
    virtual void removeEntry(const QString &key, DoneCallback done) = 0;

    // A camera's password.
    void read(const QString &cameraId, ReadCallback done) { readEntry(entryKey(cameraId), std::move(done)); }
    void write(const QString &cameraId, const QString &password, DoneCallback done)
    {
        writeEntry(entryKey(cameraId), password, std::move(done));
    }
    void remove(const QString &cameraId, DoneCallback done)
    {
        removeEntry(entryKey(cameraId), std::move(done));
    }

    // The entry name of a camera's password in every store. Camera ids are unique per site
    // ("cam-<uuid>"), so one machine can hold the passwords of several sites.
    static QString entryKey(const QString &cameraId) { return QStringLiteral("camera/") + cameraId; }
    // The entry name of a recorder's password: by "HOST:PORT" as RecorderClient::recorderName()
    // gives it, so each recorder of the site keeps its own.
    static QString recorderKey(const QString &hostPort) { return QStringLiteral("recorder/") + hostPort; }
};

} // namespace pantau
