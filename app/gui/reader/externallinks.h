// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QUrl;
class QWidget;

namespace Kairos::ExternalLinks {

/// Only web links leave the application; file:, data:, javascript: and anything else do nothing.
bool isOpenable(const QUrl& url);

/// Asks the analyst before handing a web link to the desktop's browser. Returns whether it was opened.
bool confirmAndOpen(QWidget* parent, const QUrl& url);

} // namespace Kairos::ExternalLinks
