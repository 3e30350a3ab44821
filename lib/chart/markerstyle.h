// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vocabulary.h"

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QScatterSeries>

class QPainter;

namespace Kairos {

/// Marker shapes say what the source claims (modality); fill says how far review got (status).
/// Shapes are the ones Qt Charts' legend can show, so the legend explains exactly what is drawn.
namespace MarkerStyle {

enum class Shape { Circle, Square, Triangle, Diamond, Pentagon, Star };

Shape shapeFor(Modality modality);
QScatterSeries::MarkerShape seriesShape(Shape shape);
/// Legend text for a shape, naming the modalities it stands for.
QString shapeLabel(Shape shape);
/// Shapes in legend order, only those used by the given modalities.
QList<Shape> shapesFor(const QList<Modality>& modalities);

QPainterPath path(Shape shape, QPointF centre, double size);
/// Draws one marker: filled when confirmed, hollow when proposed, greyed and crossed when rejected.
void paint(QPainter* painter, Shape shape, QPointF centre, double size, const QColor& color, ReviewStatus status,
    const QColor& background);

} // namespace MarkerStyle

} // namespace Kairos
