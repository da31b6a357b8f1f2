#pragma once
// Catch2 prints Qt strings and string lists readably in failed checks.
#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        std::string out = "{";
        for (const QString &s : list)
            out += "\n  \"" + s.toStdString() + "\"";
        return out + (list.isEmpty() ? "}" : "\n}");
    }
};
} // namespace Catch
