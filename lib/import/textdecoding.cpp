// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <cerrno>
#include <iconv.h>

namespace Kairos::Import {

namespace {

const QChar Replacement(0xFFFD);

QString replacementWarning(int count, const QString& encoding)
{
    return QStringLiteral("%1 byte sequence(s) not valid %2 were replaced by \uFFFD").arg(count).arg(encoding);
}

int countReplacements(const QString& text)
{
    return int(text.count(Replacement));
}

/// Replaces UTF-16 code units that are not part of a surrogate pair; returns how many there were.
int replaceLoneSurrogates(QString& text)
{
    int replaced = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        text[i] = Replacement;
        ++replaced;
    }
    return replaced;
}

QString decodeWithQt(
    const QByteArray& bytes, QStringConverter::Encoding encoding, const QString& name, QStringList* warnings)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    // Qt's UTF-16 decoder passes unpaired surrogates through (found by fuzzing). They are not text, and
    // the store's UTF-8 conversion would change them without a word, so they count as undecodable here.
    const int lone = replaceLoneSurrogates(text);
    // Genuine U+FFFD in otherwise valid input are rare enough not to matter for the count.
    if ((decoder.hasError() || lone > 0) && warnings)
        *warnings << replacementWarning(qMax(1, countReplacements(text)), name);
    return text;
}

/// The glibc name for a web charset label; web content labelled latin1 is really windows-1252 and
/// GBK/GB2312 pages are decoded with their superset GB18030, as browsers do.
QByteArray iconvName(const QString& label)
{
    const QString l = label.trimmed().toLower();
    if (l == QLatin1String("gbk") || l == QLatin1String("gb2312") || l == QLatin1String("x-gbk")
        || l == QLatin1String("gb_2312-80") || l == QLatin1String("chinese"))
        return "GB18030";
    if (l == QLatin1String("euc-kr") || l == QLatin1String("ks_c_5601-1987") || l == QLatin1String("korean"))
        return "CP949";
    if (l == QLatin1String("iso-8859-1") || l == QLatin1String("latin1") || l == QLatin1String("us-ascii")
        || l == QLatin1String("ascii") || l == QLatin1String("l1"))
        return "WINDOWS-1252";
    if (l == QLatin1String("shift_jis") || l == QLatin1String("sjis") || l == QLatin1String("x-sjis"))
        return "CP932";
    return l.toLatin1().toUpper();
}

/// Converts with iconv, replacing each undecodable byte; returns a null string if iconv lacks the charset.
QString decodeWithIconv(const QByteArray& bytes, const QString& label, QStringList* warnings)
{
    const QByteArray name = iconvName(label);
    if (name.isEmpty() || name.contains('/'))
        return {};
    iconv_t cd = iconv_open("UTF-8", name.constData());
    if (cd == iconv_t(-1))
        return {};
    QByteArray out;
    out.reserve(bytes.size() * 2);
    char buffer[16384];
    char* in = const_cast<char*>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    int bad = 0;
    while (inLeft > 0) {
        char* outPtr = buffer;
        size_t outLeft = sizeof buffer;
        const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        out.append(buffer, int(outPtr - buffer));
        if (rc != size_t(-1))
            break;
        if (errno == E2BIG)
            continue;
        // EILSEQ or a truncated sequence at the end: replace one byte and resynchronise.
        out.append("\xEF\xBF\xBD");
        ++bad;
        ++in;
        --inLeft;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    iconv_close(cd);
    if (bad > 0 && warnings)
        *warnings << replacementWarning(bad, label);
    return QString::fromUtf8(out);
}

bool isUtf8Label(const QString& label)
{
    const QString l = label.trimmed().toLower();
    return l.isEmpty() || l == QLatin1String("utf-8") || l == QLatin1String("utf8");
}

} // namespace

QString decodeText(const QByteArray& bytes, const QString& declaredCharset, QStringList* warnings)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWithQt(bytes.mid(3), QStringConverter::Utf8, QStringLiteral("UTF-8"), warnings);
    if (bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)))
        return decodeWithQt(bytes.mid(4), QStringConverter::Utf32LE, QStringLiteral("UTF-32"), warnings);
    if (bytes.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return decodeWithQt(bytes.mid(4), QStringConverter::Utf32BE, QStringLiteral("UTF-32"), warnings);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWithQt(bytes.mid(2), QStringConverter::Utf16LE, QStringLiteral("UTF-16"), warnings);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWithQt(bytes.mid(2), QStringConverter::Utf16BE, QStringLiteral("UTF-16"), warnings);
    if (!isUtf8Label(declaredCharset)) {
        const QString l = declaredCharset.trimmed().toLower();
        if (l == QLatin1String("utf-16") || l == QLatin1String("utf-16le"))
            return decodeWithQt(bytes, QStringConverter::Utf16LE, QStringLiteral("UTF-16"), warnings);
        if (l == QLatin1String("utf-16be"))
            return decodeWithQt(bytes, QStringConverter::Utf16BE, QStringLiteral("UTF-16"), warnings);
        const QString text = decodeWithIconv(bytes, declaredCharset, warnings);
        if (!text.isNull())
            return text;
        if (warnings)
            *warnings << QStringLiteral("unknown character set \"%1\", read as UTF-8").arg(declaredCharset.left(40));
    }
    return decodeWithQt(bytes, QStringConverter::Utf8, QStringLiteral("UTF-8"), warnings);
}

QString sniffHtmlCharset(const QByteArray& bytes)
{
    static const QRegularExpression meta(QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = meta.match(QString::fromLatin1(bytes.left(4096)));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString sniffXmlEncoding(const QByteArray& bytes)
{
    static const QRegularExpression decl(QStringLiteral("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.\\-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QByteArray head = bytes.left(512);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    const QRegularExpressionMatch m = decl.match(QString::fromLatin1(head));
    return m.hasMatch() ? m.captured(1) : QString();
}

QByteArray toUtf8(const QByteArray& bytes, QStringList* warnings)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.mid(3);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return decodeText(bytes, QString(), warnings).toUtf8();
    return bytes;
}

} // namespace Kairos::Import
