// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markerstyle.h"

#include <QHash>
#include <QImage>

namespace Kairos {

/// Markers pre-rendered once per look (shape, colours, status, size, pixel scale) and then copied onto
/// raster surfaces: stroking a path per marker was most of a frame with thousands of markers in view.
/// Vector surfaces (SVG, PDF) keep drawing real paths.
class MarkerSprites
{
public:
    /// Paints like MarkerStyle::paint, through a cached sprite where the painter allows it.
    void paint(QPainter* painter, MarkerStyle::Shape shape, QPointF centre, double size, const QColor& color,
        ReviewStatus status, const QColor& background);
    void clear() { m_sprites.clear(); }

private:
    struct Look
    {
        MarkerStyle::Shape shape;
        double size;
        double scale;
        QRgb color;
        ReviewStatus status;
        QRgb background;
        bool operator==(const Look& other) const
        {
            return shape == other.shape && size == other.size && scale == other.scale && color == other.color
                && status == other.status && background == other.background;
        }
        friend size_t qHash(const Look& look, size_t seed = 0)
        {
            return qHashMulti(
                seed, int(look.shape), look.size, look.scale, look.color, int(look.status), look.background);
        }
    };
    const QImage& sprite(const Look& look);

    QHash<Look, QImage> m_sprites;
};

} // namespace Kairos
