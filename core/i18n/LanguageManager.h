#pragma once
// The UI language: Indonesian first. Installs Pantau's and Qt's translators on the application and
// switches them at runtime (Qt's own Indonesian strings come from Pantau's :/i18n/qtbase_id.qm);
// widgets retranslate on QEvent::LanguageChange. GUI thread only.
#include <QLocale>
#include <QObject>
#include <QTranslator>

#include <memory>

namespace pantau {

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList availableLanguages();           // {"id", "en"}
    static QString languageForLocale(const QLocale &); // "id" for Indonesian locales, else "en"
    static QString nativeName(const QString &code);    // "Bahasa Indonesia", "English"

    QString language() const { return m_language; }
    // Loads and installs the translations; false (language unchanged) when `code` is unknown.
    bool setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace pantau
