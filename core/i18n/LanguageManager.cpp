#include "core/i18n/LanguageManager.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace pantau {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("id"), QStringLiteral("en")};
}

QString LanguageManager::languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Indonesian ? QStringLiteral("id") : QStringLiteral("en");
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == "id")
        return QStringLiteral("Bahasa Indonesia");
    if (code == "en")
        return QStringLiteral("English");
    return code;
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    if (code == m_language)
        return true;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/pantau_%1.qm").arg(code))) {
        qCWarning(lcI18n) << "no translations for" << code;
        return false;
    }
    // Qt's own strings (standard buttons, "Show Details...", the file dialog): Pantau's copy first
    // (Qt ships no Indonesian), else the one Qt installed for the language.
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code)) ||
                        qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = haveQt ? std::move(qt) : nullptr;
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_app.get()); // installs last, so it is asked first
    m_language = code;
    QLocale::setDefault(QLocale(code == "id" ? QLocale::Indonesian : QLocale::English,
                                code == "id" ? QLocale::Indonesia : QLocale::UnitedKingdom));
    qCInfo(lcI18n) << "language" << code;
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace pantau
