// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

namespace Kairos::Import::Test {

/// One archive member for the hostile-input tests; `type` is an AE_IF* file type.
struct Member
{
    Member(QString n, QByteArray d, unsigned t = AE_IFREG, QString link = {}, bool hard = false)
        : name(std::move(n))
        , data(std::move(d))
        , type(t)
        , linkTarget(std::move(link))
        , hardlink(hard)
    { }
    QString name;
    QByteArray data;
    unsigned type = AE_IFREG;
    QString linkTarget;
    bool hardlink = false;
};

/// Writes members into an in-memory archive with libarchive ("zip", "tar.gz", "tar", "7z").
inline QByteArray buildArchive(const QList<Member>& members, const QString& kind)
{
    archive* a = archive_write_new();
    if (kind == QLatin1String("zip")) {
        archive_write_set_format_zip(a);
    } else if (kind == QLatin1String("7z")) {
        archive_write_set_format_7zip(a);
    } else {
        archive_write_set_format_pax_restricted(a);
        if (kind == QLatin1String("tar.gz"))
            archive_write_add_filter_gzip(a);
        else if (kind == QLatin1String("tar.xz"))
            archive_write_add_filter_xz(a);
    }
    // Large enough for the 60 MB bomb's compressed form and for every fixture here.
    QByteArray buffer(8 * 1024 * 1024, '\0');
    size_t used = 0;
    archive_write_open_memory(a, buffer.data(), size_t(buffer.size()), &used);
    for (const Member& m : members) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, m.name.toUtf8().constData());
        archive_entry_set_perm(e, 0644);
        if (m.hardlink) {
            archive_entry_set_hardlink(e, m.linkTarget.toUtf8().constData());
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_size(e, 0);
        } else {
            archive_entry_set_filetype(e, m.type);
            if (m.type == AE_IFLNK)
                archive_entry_set_symlink(e, m.linkTarget.toUtf8().constData());
            archive_entry_set_size(e, m.type == AE_IFREG ? m.data.size() : 0);
        }
        archive_write_header(a, e);
        if (m.type == AE_IFREG && !m.hardlink)
            archive_write_data(a, m.data.constData(), size_t(m.data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    buffer.truncate(qsizetype(used));
    return buffer;
}

} // namespace Kairos::Import::Test
