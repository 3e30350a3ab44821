// SPDX-License-Identifier: GPL-3.0-or-later
#include "markersprites.h"

#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace Kairos {

namespace {

// Room around the shape for the outline's pen.
constexpr double spriteMargin = 2;

bool spritesFit(QPainter* painter)
{
    // Only straight copies are faster than the path; rotated or sheared painters, and vector devices, draw.
    return painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster
        && painter->deviceTransform().type() <= QTransform::TxScale
        && qFuzzyCompare(painter->deviceTransform().m11(), painter->deviceTransform().m22())
        && painter->deviceTransform().m11() >= 1; // a sprite of a few pixels loses the shape
}

} // namespace

void MarkerSprites::paint(QPainter* painter, MarkerStyle::Shape shape, QPointF centre, double size, const QColor& color,
    ReviewStatus status, const QColor& background)
{
    if (!spritesFit(painter)) {
        MarkerStyle::paint(painter, shape, centre, size, color, status, background);
        return;
    }
    const QTransform& toDevice = painter->deviceTransform();
    const double scale = toDevice.m11();
    const QImage& image = sprite({shape, size, scale, color.rgba(), status, background.rgba()});
    const double half = size / 2 + spriteMargin;
    // Whole device pixels, so the copy needs no resampling.
    const double left = std::round((centre.x() - half) * scale + toDevice.dx());
    const double top = std::round((centre.y() - half) * scale + toDevice.dy());
    painter->drawImage(QPointF((left - toDevice.dx()) / scale, (top - toDevice.dy()) / scale), image);
}

const QImage& MarkerSprites::sprite(const Look& look)
{
    const auto found = m_sprites.constFind(look);
    if (found != m_sprites.cend())
        return *found;
    const double extent = look.size + 2 * spriteMargin;
    const int pixels = int(std::ceil(extent * look.scale));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(look.scale);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        MarkerStyle::paint(&painter, look.shape, QPointF(extent / 2, extent / 2), look.size,
            QColor::fromRgba(look.color), look.status, QColor::fromRgba(look.background));
    }
    return *m_sprites.insert(look, image);
}

} // namespace Kairos
