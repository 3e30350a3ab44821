// SPDX-License-Identifier: GPL-3.0-or-later
#include "externallinks.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QUrl>

namespace Kairos::ExternalLinks {

bool isOpenable(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

bool confirmAndOpen(QWidget* parent, const QUrl& url)
{
    if (!isOpenable(url))
        return false;
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("Kairos::ExternalLinks", "Open Link"),
        QCoreApplication::translate("Kairos::ExternalLinks", "Open this address in your web browser?"),
        QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    // The full address, shown literally, so that a link text cannot disguise where it goes.
    box.setInformativeText(url.toDisplayString());
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Open)
        return false;
    return QDesktopServices::openUrl(url);
}

} // namespace Kairos::ExternalLinks
