#pragma once
// Where camera passwords live, so that the site file never holds one (SiteJson drops them).
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

    virtual void read(const QString &cameraId, ReadCallback done) = 0;
    virtual void write(const QString &cameraId, const QString &password, DoneCallback done) = 0;
    // Removing a password that is not stored succeeds.
    virtual void remove(const QString &cameraId, DoneCallback done) = 0;

    // The entry name of a camera's password in every store. Camera ids are unique per site
    // ("cam-<uuid>"), so one machine can hold the passwords of several sites.
    static QString entryKey(const QString &cameraId) { return QStringLiteral("camera/") + cameraId; }
};

} // namespace pantau
