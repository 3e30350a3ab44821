// SPDX-License-Identifier: GPL-3.0-or-later
#include "quantityfinder.h"

#include "textutil.h"

#include <algorithm>

namespace Kairos::Extract {

namespace {

template <typename Map>
QString alternation(const Map& map)
{
    QStringList keys = map.keys();
    std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (QString& k : keys)
        k = QRegularExpression::escape(k).replace(QLatin1String("\\ "), QLatin1String("\\s+"));
    return keys.join(QLatin1Char('|'));
}

const QString numberPattern = QStringLiteral("(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)");

} // namespace

bool QuantityFinder::load(const QJsonObject& rules, QString* error)
{
    const auto strings = [](const QJsonValue& v) {
        QHash<QString, QString> map;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            map.insert(it.key().toLower(), it.value().toString());
        return map;
    };
    m_symbols = strings(rules.value(QLatin1String("symbols")));
    m_words = strings(rules.value(QLatin1String("words")));
    m_qualifiers = strings(rules.value(QLatin1String("qualifiers")));
    const QJsonObject scales = rules.value(QLatin1String("scales")).toObject();
    for (auto it = scales.begin(); it != scales.end(); ++it)
        m_scales.insert(it.key(), it.value().toDouble());
    QHash<QString, QString> percent;
    for (const QString& p : jsonStrings(rules.value(QLatin1String("percent"))))
        percent.insert(p, QStringLiteral("%"));
    if (m_symbols.isEmpty() || m_words.isEmpty() || m_scales.isEmpty() || percent.isEmpty()) {
        if (error)
            *error
                = QStringLiteral("money rules: \"symbols\", \"words\", \"scales\" and \"percent\" must be non-empty");
        return false;
    }
    // The qualifier before an amount ("up to $70 billion") is looked for only where an amount is
    // found: a pattern that may start with it would be tried at every position of the text.
    m_qualifier = QRegularExpression(QStringLiteral("(?<![\\w])(%1)\\s+$").arg(alternation(m_qualifiers)),
        QRegularExpression::CaseInsensitiveOption);
    m_qualifier.optimize();
    const QString scale = QStringLiteral("(?:\\s?(%1)\\b)?").arg(alternation(m_scales));
    const auto rx = [](const QString& p) {
        QRegularExpression re(p, QRegularExpression::CaseInsensitiveOption);
        re.optimize();
        return re;
    };
    m_symbolFirst = rx(QStringLiteral("(?<![\\w$])(%1)\\s?%2%3").arg(alternation(m_symbols), numberPattern, scale));
    m_wordAfter = rx(QStringLiteral("\\b%1%2\\s+(%3)\\b").arg(numberPattern, scale, alternation(m_words)));
    m_percent = rx(QStringLiteral("\\b%1\\s?(%2)(?!\\w)").arg(numberPattern, alternation(percent)));
    if (!m_symbolFirst.isValid() || !m_wordAfter.isValid() || !m_percent.isValid() || !m_qualifier.isValid()) {
        if (error)
            *error = QStringLiteral("money rules: bad pattern (%1)").arg(m_symbolFirst.errorString());
        return false;
    }
    return true;
}

Quantity QuantityFinder::make(const QString& text, const QRegularExpressionMatch& m, const QString& number,
    const QString& scale, const QString& unit) const
{
    Quantity q;
    q.begin = int(m.capturedStart());
    q.end = int(m.capturedEnd());
    // The window ends where the amount starts, so "$" in "up to $70" is not taken for a word.
    const int from = std::max(0, q.begin - 24);
    const QRegularExpressionMatch qualifier = m_qualifier.match(text.mid(from, q.begin - from));
    if (qualifier.hasMatch()) {
        q.begin = from + int(qualifier.capturedStart());
        q.qualifier = m_qualifiers.value(qualifier.captured(1).toLower().simplified());
    }
    q.text = text.mid(q.begin, q.end - q.begin);
    QString digits = number;
    digits.remove(QLatin1Char(','));
    q.amount = digits.toDouble() * (scale.isEmpty() ? 1.0 : m_scales.value(scale.toLower(), 1.0));
    q.unit = unit;
    return q;
}

QList<Quantity> QuantityFinder::find(const QString& text) const
{
    QList<Quantity> out;
    auto overlaps = [&](int b, int e) {
        return std::any_of(out.begin(), out.end(), [&](const Quantity& q) { return b < q.end && q.begin < e; });
    };
    for (auto it = m_symbolFirst.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString unit = m_symbols.value(m.captured(1).toLower());
        // "$5 billion Hong Kong dollars": a currency word after the amount is more specific.
        const int after = int(m.capturedEnd());
        const QStringView rest = QStringView(text).mid(after, 30).trimmed();
        for (auto w = m_words.begin(); w != m_words.end(); ++w) {
            if (w.key().contains(QLatin1Char(' ')) && rest.startsWith(w.key(), Qt::CaseInsensitive))
                unit = w.value();
        }
        out.append(make(text, m, m.captured(2), m.captured(3), unit));
    }
    for (auto it = m_wordAfter.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!overlaps(int(m.capturedStart()), int(m.capturedEnd())))
            out.append(
                make(text, m, m.captured(1), m.captured(2), m_words.value(m.captured(3).toLower().simplified())));
    }
    for (auto it = m_percent.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!overlaps(int(m.capturedStart()), int(m.capturedEnd())))
            out.append(make(text, m, m.captured(1), QString(), QStringLiteral("%")));
    }
    std::sort(out.begin(), out.end(), [](const Quantity& a, const Quantity& b) { return a.begin < b.begin; });
    return out;
}

} // namespace Kairos::Extract
